namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Why a plan needs a supervisor's approval (R9, settlement policy).</summary>
public enum ApprovalReason
{
    /// <summary>An instalment exceeds the debtor's largest affordable instalment.</summary>
    InstalmentAboveAffordable = 1,

    /// <summary>A settlement discount exceeds the policy threshold.</summary>
    DiscountAboveThreshold = 2,

    /// <summary>No affordability assessment was given, so affordability cannot be shown (R9).</summary>
    NoAffordabilityAssessment = 3,
}
