namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>Something that happened to a case that other services may react to.</summary>
public abstract record CaseEvent(Guid CaseId, DateTimeOffset OccurredAt);
