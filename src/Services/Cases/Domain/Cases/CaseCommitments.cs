using CollectionsPlatform.Cases.Domain.Strategy;

namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>What the debtor has committed to on the case: the latest plan and its state, the latest promise's
/// state, and how many promises were broken so far.</summary>
public sealed record CaseCommitments(Guid? PlanId, PlanState Plan, PromiseState Promise, int BrokenPromises)
{
    public static CaseCommitments None { get; } = new(null, PlanState.None, PromiseState.None, 0);
}
