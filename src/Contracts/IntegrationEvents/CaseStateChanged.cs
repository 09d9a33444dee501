namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A case moved between states (open, in contact, promised, plan active, on hold, cured, settled, written off, closed).</summary>
public sealed record CaseStateChanged : IIntegrationEvent
{
    public required Guid CaseId { get; init; }

    public required string PreviousState { get; init; }

    public required string NewState { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
