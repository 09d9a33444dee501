namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A payment plan was offered on a case.</summary>
public sealed record PlanProposed : IIntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required Guid CaseId { get; init; }

    public required string PlanType { get; init; }

    public required decimal TotalAmount { get; init; }

    public required string Currency { get; init; }

    public required int InstalmentCount { get; init; }

    public required DateOnly FirstDueDate { get; init; }

    public required bool RequiresSupervisorApproval { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
