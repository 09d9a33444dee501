namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>Deferral: the first due date moves out by deferralMonths, then equal instalments.</summary>
public sealed record DeferralOptions(int? DeferralMonths, bool? InterestAccrues);
