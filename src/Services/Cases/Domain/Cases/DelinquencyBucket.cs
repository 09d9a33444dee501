namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>How far behind an account is, in 30-day buckets of days past due.</summary>
public enum DelinquencyBucket
{
    /// <summary>0 days past due.</summary>
    Current = 0,

    /// <summary>1–30 days past due.</summary>
    M1 = 1,

    /// <summary>31–60 days past due.</summary>
    M2 = 2,

    /// <summary>61–90 days past due.</summary>
    M3 = 3,

    /// <summary>91–120 days past due.</summary>
    M4 = 4,

    /// <summary>121–150 days past due.</summary>
    M5 = 5,

    /// <summary>151–180 days past due.</summary>
    M6 = 6,

    /// <summary>More than 180 days past due.</summary>
    M7Plus = 7,
}
