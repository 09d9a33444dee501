namespace CollectionsPlatform.Cases.Features.CaseHistory;

/// <summary>A page of one case's rows: <see cref="After"/> comes from the page token, null starts at the first.</summary>
public sealed record CaseHistoryQuery(Guid CaseId, int PageSize, long? After);
