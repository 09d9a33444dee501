namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A debtor asked that all but legally required communication stop.</summary>
public sealed record CeaseCommunicationRequested : IIntegrationEvent
{
    public required Guid RequestId { get; init; }

    public required string DebtorReference { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
