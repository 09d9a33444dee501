using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Features.QuotePaymentPlans;

/// <summary>The quotes with the terms they were computed from.</summary>
public sealed record PlanQuotes(IReadOnlyList<QuoteOutcome> Outcomes, ResolvedTermsSummary Terms, bool Assessed);
