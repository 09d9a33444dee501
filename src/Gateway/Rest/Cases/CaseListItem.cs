using Collections.Cases.V1;
using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>One row of a collector's case list.</summary>
/// <param name="AgentId">The {agent} of <c>agents/{agent}</c>; null when the case is unassigned in its queue.</param>
public sealed record CaseListItem(
    string CaseId,
    string AccountReference,
    Product Product,
    Money? TotalBalance,
    int DaysPastDue,
    DelinquencyBucket Bucket,
    CaseState State,
    string? Queue,
    string? AgentId,
    bool OnHold,
    DateTimeOffset? UpdateTime);
