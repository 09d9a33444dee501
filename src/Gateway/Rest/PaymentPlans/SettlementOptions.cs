using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>Settlement: one lump sum below the balance; the discount is amount − settlementAmount.</summary>
public sealed record SettlementOptions(Money? SettlementAmount);
