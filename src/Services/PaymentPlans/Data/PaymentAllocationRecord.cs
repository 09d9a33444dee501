namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>A payment allocated once (table <c>payment_allocations</c>, key: core banking's payment id):
/// where it went and what was carried forward.</summary>
public sealed class PaymentAllocationRecord
{
    public required string PaymentId { get; set; }

    public Guid CaseId { get; set; }

    public required string Currency { get; set; }

    public decimal Amount { get; set; }

    public DateOnly ValueDate { get; set; }

    public decimal CarriedForward { get; set; }

    public Guid[] PromiseIds { get; set; } = [];

    public DateTimeOffset AllocatedAt { get; set; }

    public List<AllocationLineRecord> Lines { get; set; } = [];
}
