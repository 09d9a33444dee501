namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A debtor withdrew consent for a channel and purpose.</summary>
public sealed record ConsentWithdrawn : IIntegrationEvent
{
    public required Guid ConsentId { get; init; }

    public required string DebtorReference { get; init; }

    public required string Channel { get; init; }

    public required string Purpose { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
