using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Domain.Strategy;

/// <summary>Everything the strategy may look at: financial and behavioural facts of the case, never
/// protected traits (R10 — no gender, age, occupation or marital status exists to read).</summary>
/// <param name="ConsecutiveFailedContacts">Contact attempts in a row that reached nobody.</param>
/// <param name="BrokenPromises">Promises to pay broken on this case so far.</param>
/// <param name="FieldVisitApprovedBySupervisor">A supervisor approved a field visit below the threshold (R8).</param>
public sealed record StrategyFacts(
    CaseState State,
    DelinquencyBucket Bucket,
    Money TotalBalance,
    PromiseState Promise,
    int ConsecutiveFailedContacts,
    int BrokenPromises,
    bool FieldVisitApprovedBySupervisor)
{
    public static StrategyFacts From(CollectionCase collectionCase, PromiseState promise = PromiseState.None,
        int consecutiveFailedContacts = 0, int brokenPromises = 0, bool fieldVisitApprovedBySupervisor = false)
    {
        ArgumentNullException.ThrowIfNull(collectionCase);
        return new StrategyFacts(
            collectionCase.State, collectionCase.Bucket, collectionCase.Balances.Total, promise,
            consecutiveFailedContacts, brokenPromises, fieldVisitApprovedBySupervisor);
    }
}
