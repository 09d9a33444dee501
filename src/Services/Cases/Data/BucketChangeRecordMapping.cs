using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Data;

/// <summary>Domain bucket change → stored row.</summary>
public static class BucketChangeRecordMapping
{
    public static BucketChangeRecord ToRecord(this BucketChange change, Guid caseId)
    {
        ArgumentNullException.ThrowIfNull(change);
        return new BucketChangeRecord
        {
            CaseId = caseId, FromBucket = (int)change.From, ToBucket = (int)change.To, DaysPastDue = change.DaysPastDue, ChangedAt = change.ChangedAt,
        };
    }
}
