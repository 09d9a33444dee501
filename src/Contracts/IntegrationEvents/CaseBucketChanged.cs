namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A case moved between delinquency buckets (current, M1 … M7+).</summary>
public sealed record CaseBucketChanged : IIntegrationEvent
{
    public required Guid CaseId { get; init; }

    public required string PreviousBucket { get; init; }

    public required string NewBucket { get; init; }

    public required int DaysPastDue { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
