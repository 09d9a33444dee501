using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>The quotes for a case, in plan-type order, beside the case's current total balance.</summary>
public sealed record PlanQuotes(string CaseId, string CurrencyCode, Money? Balance, IReadOnlyList<QuotedPlan> Quotes);
