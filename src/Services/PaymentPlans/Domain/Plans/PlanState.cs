namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>proposed → accepted → (written confirmation) → active → completed / broken / renegotiated.</summary>
public enum PlanState
{
    Proposed = 1,
    Accepted = 2,
    Active = 3,
    Completed = 4,
    Broken = 5,
    Renegotiated = 6,
}
