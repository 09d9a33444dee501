namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>A payment plan (table <c>payment_plans</c>): terms, state, acceptance and money paid; its
/// instalments, approval and written confirmation hang off it. <see cref="Version"/> is the etag.</summary>
public sealed class PlanRecord
{
    public Guid Id { get; set; }

    public long Sequence { get; set; }

    public Guid CaseId { get; set; }

    public int Type { get; set; }

    public int State { get; set; }

    public required string Currency { get; set; }

    public decimal Principal { get; set; }

    public decimal MonthlyRate { get; set; }

    public int AnnualRateBps { get; set; }

    public int TermMonths { get; set; }

    public DateOnly FirstDueDate { get; set; }

    public int DeferralMonths { get; set; }

    public bool DeferralInterestAccrues { get; set; }

    public decimal CapitalisedInterest { get; set; }

    public decimal Discount { get; set; }

    public int[] ApprovalReasons { get; set; } = [];

    public Guid? AssessmentId { get; set; }

    public bool WithinAffordability { get; set; }

    public required string PolicyVersion { get; set; }

    public int GraceDays { get; set; }

    public Guid? ReplacesPlanId { get; set; }

    public string? AcceptedBy { get; set; }

    public int? AcceptanceChannel { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public decimal CarriedForward { get; set; }

    public DateTimeOffset ProposedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? ActivatedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public int Version { get; set; }

    public List<InstalmentRecord> Instalments { get; set; } = [];

    public PlanApprovalRecord? Approval { get; set; }

    public PlanConfirmationRecord? Confirmation { get; set; }
}
