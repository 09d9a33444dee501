namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>Written confirmation of an accepted plan was sent and stored.</summary>
public sealed record PlanConfirmationIssued : IIntegrationEvent
{
    public required Guid PlanId { get; init; }

    public required Guid CaseId { get; init; }

    public required string ConfirmationReference { get; init; }

    public required string Channel { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
