namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>A page of a case's timeline, oldest first.</summary>
public sealed record Timeline(string CaseId, IReadOnlyList<TimelineEvent> Events, string? NextPageToken);
