using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain.Promises;
using Google.Protobuf.WellKnownTypes;
using V1 = Collections.PaymentPlans.V1;

namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>Stored promise → v1 <c>PromiseToPay</c>.</summary>
public static class PromiseMapping
{
    public static V1.PromiseToPay ToProto(PromiseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var proto = new V1.PromiseToPay
        {
            Name = ResourceNames.Child(record.CaseId, ResourceCollections.PromisesToPay, record.Id),
            Amount = MoneyMapping.ToProto(record.Amount, record.Currency),
            PromiseDate = DateMapping.ToProto(record.PromisedDate),
            GraceDays = record.GraceDays,
            State = EnumMapping.ToProto((PromiseStatus)record.Status),
            PaidAmount = MoneyMapping.ToProto(record.Paid, record.Currency),
            Agent = record.AgentId is null ? string.Empty : $"agents/{record.AgentId}",
            ContactAttempt = record.ContactAttempt ?? string.Empty,
            CreateTime = Timestamp.FromDateTimeOffset(record.CreatedAt),
            Etag = Etags.Of(record.Version),
        };
        if (record.ResolvedAt is { } resolved)
            proto.ResolveTime = Timestamp.FromDateTimeOffset(resolved);
        return proto;
    }
}
