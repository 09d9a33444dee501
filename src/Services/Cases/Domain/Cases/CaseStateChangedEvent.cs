namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>A case changed state, and why (a short non-personal reason code).</summary>
public sealed record CaseStateChangedEvent(Guid CaseId, CaseState From, CaseState To, string Reason, DateTimeOffset OccurredAt)
    : CaseEvent(CaseId, OccurredAt);
