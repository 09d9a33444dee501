using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Strategy;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Data;

/// <summary>Stored row ↔ domain case: the snapshot a case is restored from, and the row fields a change writes back.</summary>
public static class CaseSnapshotMapping
{
    public static CaseSnapshot ToSnapshot(this CaseRecord record, IReadOnlyCollection<string> postedPaymentIds)
    {
        ArgumentNullException.ThrowIfNull(record);
        var currency = Currency.FromCode(record.Currency);
        var holds = record.Holds.OrderBy(h => h.PlacedAt).Select(h => new CaseHold(h.HoldId, h.Reason, h.Source, h.PlacedAt)).ToList();
        return new CaseSnapshot(
            record.Id, record.AccountReference, record.DebtorReference, (ProductType)record.Product,
            new CaseBalances(new Money(record.Principal, currency), new Money(record.Interest, currency), new Money(record.Fees, currency)),
            new Money(record.UnappliedCredit, currency), record.DaysPastDue, (DelinquencyBucket)record.Bucket, (CaseState)record.State,
            holds, (CaseState?)record.StateBeforeHold, new CaseAssignment(record.Queue, record.AgentId), record.OpenedAt, record.UpdatedAt,
            new CaseCommitments(record.PlanId, (PlanState)record.PlanState, (PromiseState)record.PromiseState, record.BrokenPromises),
            (CaseCloseReason?)record.CloseReason, record.ClosedAt, postedPaymentIds);
    }

    /// <summary>Copies the case's current facts onto its row and its holds (histories and events are the store's job).</summary>
    public static void CopyFrom(this CaseRecord record, CollectionCase collectionCase)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(collectionCase);
        record.Principal = collectionCase.Balances.Principal.Amount;
        record.Interest = collectionCase.Balances.Interest.Amount;
        record.Fees = collectionCase.Balances.Fees.Amount;
        record.UnappliedCredit = collectionCase.UnappliedCredit.Amount;
        record.DaysPastDue = collectionCase.DaysPastDue;
        record.Bucket = (int)collectionCase.Bucket;
        record.State = (int)collectionCase.State;
        record.Queue = collectionCase.Assignment.Queue;
        record.AgentId = collectionCase.Assignment.AgentId;
        record.UpdatedAt = collectionCase.UpdatedAt;
        record.Holds.RemoveAll(h => !collectionCase.Holds.Any(held => held.HoldId == h.HoldId));
        record.Holds.AddRange(collectionCase.Holds.Where(held => !record.Holds.Any(h => h.HoldId == held.HoldId)).Select(held => new CaseHoldRecord
        {
            CaseId = record.Id, HoldId = held.HoldId, Reason = held.Reason, Source = held.Source, PlacedAt = held.PlacedAt,
        }).ToList());
        record.StateBeforeHold = (int?)collectionCase.StateBeforeHold;
        record.PlanId = collectionCase.Commitments.PlanId;
        record.PlanState = (int)collectionCase.Commitments.Plan;
        record.PromiseState = (int)collectionCase.Commitments.Promise;
        record.BrokenPromises = collectionCase.Commitments.BrokenPromises;
        record.CloseReason = (int?)collectionCase.CloseReason;
        record.ClosedAt = collectionCase.ClosedAt;
        if (collectionCase.BucketHistory.Count > 0)
            record.BucketChangedAt = collectionCase.BucketHistory[^1].ChangedAt;
    }
}
