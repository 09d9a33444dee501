namespace CollectionsPlatform.Cases.Features.ListCases;

/// <summary>A page of cases, newest first, filtered by state, bucket, queue, agent, debtor or account.
/// <see cref="AfterSequence"/> comes from the page token; null starts at the newest case.</summary>
public sealed record ListCasesQuery(
    int PageSize, long? AfterSequence, IReadOnlyList<int> States, IReadOnlyList<int> Buckets,
    string? Queue, string? AgentId, string? DebtorReference, string? AccountReference);
