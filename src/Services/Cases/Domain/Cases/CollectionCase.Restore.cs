using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>Restoring a stored case for a change.</summary>
public sealed partial class CollectionCase
{
    /// <summary>The case as stored, with no pending events and empty histories: <see cref="Timeline"/>,
    /// <see cref="BucketHistory"/> and the events then hold only what the change adds.</summary>
    public static CollectionCase Restore(CaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.UnappliedCredit.Currency != snapshot.Balances.Currency)
            throw new DomainException("CURRENCY_MISMATCH", "The stored credit is in another currency than the case.", "currency_code");
        var restored = new CollectionCase(snapshot.Id, snapshot.AccountReference, snapshot.DebtorReference, snapshot.Product, snapshot.Balances)
        {
            UnappliedCredit = snapshot.UnappliedCredit,
            DaysPastDue = snapshot.DaysPastDue,
            Bucket = snapshot.Bucket,
            State = snapshot.State,
            StateBeforeHold = snapshot.StateBeforeHold,
            Assignment = snapshot.Assignment,
            OpenedAt = snapshot.OpenedAt,
            UpdatedAt = snapshot.UpdatedAt,
            Commitments = snapshot.Commitments,
            CloseReason = snapshot.CloseReason,
            ClosedAt = snapshot.ClosedAt,
        };
        restored.holds.AddRange(snapshot.Holds);
        restored.postedPaymentIds.UnionWith(snapshot.PostedPaymentIds);
        return restored;
    }
}
