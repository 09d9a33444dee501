namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>The debtor accepted a payment plan and it became active.</summary>
public sealed record PlanActivated : IIntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required Guid CaseId { get; init; }

    public required decimal TotalAmount { get; init; }

    public required string Currency { get; init; }

    public required int InstalmentCount { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
