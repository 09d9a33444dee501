using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Data;
using Google.Protobuf.WellKnownTypes;
using V1 = Collections.PaymentPlans.V1;

namespace CollectionsPlatform.PaymentPlans.Mapping;

/// <summary>Stored allocation → v1 <c>PaymentAllocation</c>.</summary>
public static class AllocationMapping
{
    public static V1.PaymentAllocation ToProto(PaymentAllocationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var proto = new V1.PaymentAllocation
        {
            PaymentId = record.PaymentId,
            Case = ResourceNames.Case(record.CaseId),
            Amount = MoneyMapping.ToProto(record.Amount, record.Currency),
            CarriedForward = MoneyMapping.ToProto(record.CarriedForward, record.Currency),
            AllocateTime = Timestamp.FromDateTimeOffset(record.AllocatedAt),
        };
        proto.Instalments.AddRange(record.Lines.OrderBy(l => l.Position).Select(l => new V1.InstalmentAllocation
        {
            PaymentPlan = ResourceNames.Child(record.CaseId, ResourceCollections.PaymentPlans, l.PlanId),
            Sequence = l.InstalmentNumber,
            Amount = MoneyMapping.ToProto(l.Amount, record.Currency),
        }));
        proto.Promises.AddRange(record.PromiseIds.Select(id => ResourceNames.Child(record.CaseId, ResourceCollections.PromisesToPay, id)));
        return proto;
    }
}
