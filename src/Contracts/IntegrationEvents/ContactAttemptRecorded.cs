namespace CollectionsPlatform.Contracts.IntegrationEvents;

/// <summary>A contact attempt (allowed or blocked by the compliance gate) was recorded.</summary>
public sealed record ContactAttemptRecorded : IIntegrationEvent
{
    public required Guid AttemptId { get; init; }

    public required Guid CaseId { get; init; }

    public required string Channel { get; init; }

    public required string Outcome { get; init; }

    public required string AgentId { get; init; }

    public required string RuleVersion { get; init; }

    public required bool BlockedByComplianceGate { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
