namespace CollectionsPlatform.Cases.Data;

/// <summary>One row of a case's bucket history (table <c>bucket_changes</c>).</summary>
public sealed class BucketChangeRecord
{
    public long Id { get; set; }

    public Guid CaseId { get; set; }

    public int FromBucket { get; set; }

    public int ToBucket { get; set; }

    public int DaysPastDue { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
