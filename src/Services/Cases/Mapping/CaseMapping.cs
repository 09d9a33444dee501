using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using Google.Protobuf.WellKnownTypes;
using ProtoCase = Collections.Cases.V1.Case;

namespace CollectionsPlatform.Cases.Mapping;

/// <summary>Stored case → v1 <c>Case</c>.</summary>
public static class CaseMapping
{
    public static ProtoCase ToProto(CaseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var total = record.Principal + record.Interest + record.Fees;
        var proto = new ProtoCase
        {
            Name = ResourceNames.Case(record.Id),
            AccountReference = record.AccountReference,
            Debtor = $"debtors/{record.DebtorReference}",
            Product = EnumMapping.ToProto((ProductType)record.Product),
            CurrencyCode = record.Currency,
            Balances = new Collections.Cases.V1.Balances
            {
                Principal = MoneyMapping.ToProto(record.Principal, record.Currency),
                Interest = MoneyMapping.ToProto(record.Interest, record.Currency),
                Fees = MoneyMapping.ToProto(record.Fees, record.Currency),
                Total = MoneyMapping.ToProto(total, record.Currency),
            },
            DaysPastDue = record.DaysPastDue,
            Bucket = EnumMapping.ToProto((DelinquencyBucket)record.Bucket),
            State = EnumMapping.ToProto((CaseState)record.State),
            Assignment = new Collections.Cases.V1.Assignment
            {
                Queue = record.Queue,
                Agent = record.AgentId is null ? string.Empty : $"agents/{record.AgentId}",
                AssignTime = Timestamp.FromDateTimeOffset(record.UpdatedAt),
            },
            Jurisdiction = record.Jurisdiction,
            TotalPaid = MoneyMapping.ToProto(record.TotalPaid, record.Currency),
            CreateTime = Timestamp.FromDateTimeOffset(record.OpenedAt),
            UpdateTime = Timestamp.FromDateTimeOffset(record.UpdatedAt),
            BucketChangeTime = Timestamp.FromDateTimeOffset(record.BucketChangedAt),
            Etag = CaseEtags.Format(record.Version),
        };
        proto.Holds.AddRange(record.Holds.OrderBy(h => h.PlacedAt).Select(HoldMapping.ToProto));
        if (record.CloseReason is { } closeReason)
            proto.CloseReason = (Collections.Cases.V1.CloseReason)closeReason;
        if (record.ClosedAt is { } closedAt)
            proto.CloseTime = Timestamp.FromDateTimeOffset(closedAt);
        return proto;
    }
}
