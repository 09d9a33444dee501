using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Data;
using Google.Protobuf.WellKnownTypes;

namespace CollectionsPlatform.Cases.Mapping;

/// <summary>Stored payment → v1 <c>Payment</c>.</summary>
public static class PaymentMapping
{
    public static Payment ToProto(PaymentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new Payment
        {
            Name = $"{ResourceNames.Case(record.CaseId)}/payments/{record.PaymentId}",
            Amount = MoneyMapping.ToProto(record.Amount, record.Currency),
            ValueDate = DateMapping.ToProto(record.ValueDate),
            Channel = (PaymentChannel)record.Channel,
            PostTime = Timestamp.FromDateTimeOffset(record.PostedAt),
        };
    }
}
