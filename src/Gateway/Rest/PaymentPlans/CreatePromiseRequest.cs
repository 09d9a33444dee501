using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>A promise to pay an amount by a date.</summary>
/// <param name="Amount">Positive, in the case currency.</param>
/// <param name="PromiseDate">ISO-8601 date; not in the past.</param>
/// <param name="AgentId">The {agent} of agents/{agent} who took the promise; omitted when the debtor makes it online.</param>
/// <param name="RequestId">Idempotency key (1-64 letters, digits, '-', '_').</param>
public sealed record CreatePromiseRequest(Money? Amount, string? PromiseDate, string? AgentId, string? RequestId);
