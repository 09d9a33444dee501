namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>proposed → accepted → (written confirmation) → active → completed / broken / renegotiated;
/// a proposal not accepted is cancelled or expires.</summary>
public enum PlanState
{
    Proposed = 1,
    Accepted = 2,
    Active = 3,
    Completed = 4,
    Broken = 5,
    Renegotiated = 6,
    Cancelled = 7,
    Expired = 8,
}
