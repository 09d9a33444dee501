using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Domain.Intake;

/// <summary>Applies one delinquency row: opens a case for a newly delinquent account, or updates the
/// account's open case (balances, days past due, bucket move, cure, reopening).</summary>
public static class DelinquencyIntake
{
    /// <param name="openCase">The account's case that is not finished, if there is one.</param>
    /// <param name="newCaseId">The id to give a case opened by this row.</param>
    public static (CollectionCase? Case, DelinquencyUpdateOutcome Outcome) Apply(
        CollectionCase? openCase, DelinquencyRow row, Guid newCaseId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (openCase is not null)
        {
            if (openCase.AccountReference != row.AccountReference)
                throw new ArgumentException("The case belongs to another account.", nameof(openCase));
            return (openCase, openCase.ApplyDelinquency(row.Balances, row.DaysPastDue, at));
        }

        if (row.DaysPastDue == 0)
            return (null, DelinquencyUpdateOutcome.Skipped);
        var opened = CollectionCase.Open(
            newCaseId, row.AccountReference, row.DebtorReference, row.Product, row.Balances, row.DaysPastDue, at);
        return (opened, DelinquencyUpdateOutcome.Opened);
    }
}
