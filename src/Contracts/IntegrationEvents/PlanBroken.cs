namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A payment plan was broken (instalments missed beyond tolerance).</summary>
public sealed record PlanBroken : IIntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required Guid CaseId { get; init; }

    public required int MissedInstalments { get; init; }

    public required decimal OutstandingAmount { get; init; }

    public required string Currency { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
