namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>A case moved between delinquency buckets.</summary>
public sealed record CaseBucketChangedEvent(Guid CaseId, DelinquencyBucket From, DelinquencyBucket To, DateTimeOffset OccurredAt)
    : CaseEvent(CaseId, OccurredAt);
