namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>A case was opened for a delinquent account.</summary>
public sealed record CaseOpenedEvent(Guid CaseId, DateTimeOffset OccurredAt) : CaseEvent(CaseId, OccurredAt);
