namespace CollectionsPlatform.PaymentPlans.Features.Scheduler;

/// <summary>What one sweep changed: proposals expired, plans with newly missed instalments, promises settled.</summary>
public sealed record SweepOutcome(int ProposalsExpired, int PlansWithMissedInstalments, int PromisesSettled);
