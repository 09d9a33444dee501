namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>One quoted plan: its schedule and whether a supervisor has to approve it, and why.</summary>
public sealed record PlanQuote(RepaymentSchedule Schedule, IReadOnlyList<ApprovalReason> ApprovalReasons)
{
    public bool RequiresSupervisorApproval => ApprovalReasons.Count > 0;
}
