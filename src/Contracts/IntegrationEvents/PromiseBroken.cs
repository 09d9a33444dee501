namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A promise to pay was not kept by its date plus the grace days.</summary>
public sealed record PromiseBroken : IIntegrationEvent
{
    public required Guid PromiseId { get; init; }

    public required Guid CaseId { get; init; }

    public required decimal PromisedAmount { get; init; }

    public required decimal PaidAmount { get; init; }

    public required string Currency { get; init; }

    public required DateOnly PromisedDate { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
