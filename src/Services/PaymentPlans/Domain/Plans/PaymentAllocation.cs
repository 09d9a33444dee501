using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>How a payment was spread over the instalments (oldest first) and what was left over.</summary>
public sealed record PaymentAllocation(IReadOnlyList<InstalmentAllocation> Allocations, Money CarriedForward, bool PlanCompleted);
