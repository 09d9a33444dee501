namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A case was closed (cured, settled, written off or closed).</summary>
public sealed record CaseClosed : IIntegrationEvent
{
    public required Guid CaseId { get; init; }

    public required string Reason { get; init; }

    public required decimal OutstandingBalance { get; init; }

    public required string Currency { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
