namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>An instalment of a plan was not paid by its due date plus the grace days.</summary>
public sealed record InstalmentMissed : IIntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required Guid CaseId { get; init; }

    public required int InstalmentNumber { get; init; }

    public required decimal AmountDue { get; init; }

    public required decimal AmountPaid { get; init; }

    public required string Currency { get; init; }

    public required DateOnly DueDate { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
