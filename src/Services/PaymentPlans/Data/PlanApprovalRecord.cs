namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>A supervisor's approval of an out-of-policy plan (table <c>plan_approvals</c>); staff id, no personal data.</summary>
public sealed class PlanApprovalRecord
{
    public Guid PlanId { get; set; }

    public required string SupervisorId { get; set; }

    public required string Justification { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }
}
