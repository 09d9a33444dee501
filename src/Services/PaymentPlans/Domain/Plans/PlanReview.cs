namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>The result of checking a plan on a day: instalments newly missed (unpaid past the grace
/// days) and whether that broke the plan.</summary>
public sealed record PlanReview(IReadOnlyList<int> NewlyMissedInstalments, bool PlanBroken);
