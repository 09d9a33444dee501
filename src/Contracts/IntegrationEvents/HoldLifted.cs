namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A hold on a case was lifted and collection contact may resume.</summary>
public sealed record HoldLifted : IIntegrationEvent
{
    public required Guid HoldId { get; init; }

    public required Guid CaseId { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
