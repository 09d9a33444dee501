using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Rebuilds a stored, unfinished case as a <see cref="CollectionCase"/> through the aggregate's own
/// transitions (open, balances and days past due, working state or hold), then drops the events and marks
/// the history that rebuilding raised, so only what the import itself changes is written and published.</summary>
public static class StoredCaseRestorer
{
    private const string Restored = "restored";

    public static RestoredCase Restore(
        Guid id, string accountReference, string debtorReference, ProductType product, string jurisdiction,
        CaseBalances balances, int daysPastDue, CaseState state, DateTimeOffset openedAt)
    {
        ArgumentNullException.ThrowIfNull(balances);
        var seed = new CaseBalances(Money.FromMinorUnits(1, balances.Currency), Money.Zero(balances.Currency), Money.Zero(balances.Currency));
        var restored = CollectionCase.Open(id, accountReference, debtorReference, product, seed, 1, openedAt);
        restored.ApplyDelinquency(balances, daysPastDue, openedAt);
        switch (state)
        {
            case CaseState.InContact or CaseState.Promised or CaseState.PlanActive:
                restored.MoveTo(state, Restored, openedAt);
                break;
            case CaseState.OnHold:
                restored.PlaceHold(new CaseHold(Restored, Restored, "cases", openedAt));
                break;
            case CaseState.Cured when restored.State != CaseState.Cured:
                restored.MoveTo(CaseState.Cured, Restored, openedAt);
                break;
            default:
                break;
        }

        restored.DequeueEvents();
        return new RestoredCase(restored, jurisdiction, restored.BucketHistory.Count, restored.Timeline.Count);
    }
}
