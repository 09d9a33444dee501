using Collections.Cases.V1;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>A move between delinquency buckets and the days past due that caused it.</summary>
public sealed record BucketChangeDetail(DelinquencyBucket FromBucket, DelinquencyBucket ToBucket, int DaysPastDue, string? AsOfDate);
