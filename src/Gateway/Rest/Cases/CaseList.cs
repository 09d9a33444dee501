namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>A page of cases, newest first; pass <see cref="NextPageToken"/> as pageToken for the next page (null at the end).</summary>
public sealed record CaseList(IReadOnlyList<CaseListItem> Cases, string? NextPageToken);
