namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>One plan type's answer to a quote: the quote, or why the type cannot be offered.</summary>
public sealed record QuoteOutcome(PlanType Type, PlanQuote? Quote, string? InfeasibleReason);
