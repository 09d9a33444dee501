namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>What a day's delinquency row did to a case.</summary>
public enum DelinquencyUpdateOutcome
{
    Opened = 1,
    Updated = 2,
    BucketMoved = 3,
    Cured = 4,
    Reopened = 5,

    /// <summary>A current account with no open case: nothing to do.</summary>
    Skipped = 6,
}
