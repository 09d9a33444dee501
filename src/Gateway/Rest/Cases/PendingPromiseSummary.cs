using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>A promise to pay that is still awaiting payment.</summary>
public sealed record PendingPromiseSummary(string PromiseId, Money? Amount, string? PromiseDate, Money? PaidAmount);
