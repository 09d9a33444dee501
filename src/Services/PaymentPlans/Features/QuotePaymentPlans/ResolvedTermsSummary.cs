namespace CollectionsPlatform.PaymentPlans.Features.QuotePaymentPlans;

/// <summary>The rate and first due date the quotes used, to echo in each quote's terms.</summary>
public sealed record ResolvedTermsSummary(int AnnualRateBps, DateOnly FirstDueDate, bool DeferralInterestAccrues);
