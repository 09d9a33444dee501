namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>An instalment of a plan was paid in full.</summary>
public sealed record InstalmentPaid : IIntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required Guid CaseId { get; init; }

    public required int InstalmentNumber { get; init; }

    public required decimal Amount { get; init; }

    public required string Currency { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
