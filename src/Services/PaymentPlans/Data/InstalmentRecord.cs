namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>One instalment of a plan (table <c>plan_instalments</c>): the schedule line and what was paid.</summary>
public sealed class InstalmentRecord
{
    public Guid PlanId { get; set; }

    public int Number { get; set; }

    public DateOnly DueDate { get; set; }

    public decimal Amount { get; set; }

    public decimal Principal { get; set; }

    public decimal Interest { get; set; }

    public decimal BalanceAfter { get; set; }

    public decimal Paid { get; set; }

    public int Status { get; set; }
}
