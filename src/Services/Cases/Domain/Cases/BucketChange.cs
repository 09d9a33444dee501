namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>One entry of a case's bucket history.</summary>
public sealed record BucketChange(DelinquencyBucket From, DelinquencyBucket To, int DaysPastDue, DateTimeOffset ChangedAt);
