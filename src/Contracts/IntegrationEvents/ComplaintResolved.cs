namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A complaint was resolved with an outcome.</summary>
public sealed record ComplaintResolved : IIntegrationEvent
{
    public required Guid ComplaintId { get; init; }

    public required Guid? CaseId { get; init; }

    public required string Outcome { get; init; }

    public required bool EscalatedToRegulator { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
