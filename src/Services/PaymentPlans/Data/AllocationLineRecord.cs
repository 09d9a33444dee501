namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>The part of a payment applied to one instalment (table <c>payment_allocation_lines</c>).</summary>
public sealed class AllocationLineRecord
{
    public required string PaymentId { get; set; }

    public int Position { get; set; }

    public Guid PlanId { get; set; }

    public int InstalmentNumber { get; set; }

    public decimal Amount { get; set; }
}
