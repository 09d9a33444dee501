namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>Collection contact on a case was paused (open dispute or complaint of a holding category).</summary>
public sealed record HoldPlaced : IIntegrationEvent
{
    public required Guid HoldId { get; init; }

    public required Guid CaseId { get; init; }

    public required string Reason { get; init; }

    public required Guid? ComplaintId { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
