namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>Payments of at least the promised amount arrived by the promise date plus the grace days.</summary>
public sealed record PromiseKept : IIntegrationEvent
{
    public required Guid PromiseId { get; init; }

    public required Guid CaseId { get; init; }

    public required decimal PromisedAmount { get; init; }

    public required decimal PaidAmount { get; init; }

    public required string Currency { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
