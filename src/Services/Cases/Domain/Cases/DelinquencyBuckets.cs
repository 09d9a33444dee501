using CollectionsPlatform.Domain;
namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>Maps days past due to a <see cref="DelinquencyBucket"/>.</summary>
public static class DelinquencyBuckets
{
    public static DelinquencyBucket FromDaysPastDue(int daysPastDue)
    {
        if (daysPastDue < 0)
            throw new DomainException("DAYS_PAST_DUE_NEGATIVE", "Days past due may not be negative.", "days_past_due");
        return daysPastDue switch
        {
            0 => DelinquencyBucket.Current,
            > 180 => DelinquencyBucket.M7Plus,
            _ => (DelinquencyBucket)((daysPastDue + 29) / 30),
        };
    }
}
