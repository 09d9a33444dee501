namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>Every instalment of a payment plan was paid.</summary>
public sealed record PlanCompleted : IIntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required Guid CaseId { get; init; }

    public required decimal TotalPaid { get; init; }

    public required string Currency { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
