namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>Who accepted (a party reference, never a name), when and through which channel.</summary>
public sealed record PlanAcceptance(string AcceptedBy, DateTimeOffset AcceptedAt, AcceptanceChannel Channel);
