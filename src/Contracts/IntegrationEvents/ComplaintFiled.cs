namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A complaint was filed; HoldsCollection tells whether its category pauses collection contact.</summary>
public sealed record ComplaintFiled : IIntegrationEvent
{
    public required Guid ComplaintId { get; init; }

    public required Guid? CaseId { get; init; }

    public required string Category { get; init; }

    public required string Channel { get; init; }

    public required bool HoldsCollection { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
