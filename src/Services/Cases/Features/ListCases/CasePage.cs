using CollectionsPlatform.Cases.Data;

namespace CollectionsPlatform.Cases.Features.ListCases;

/// <summary>One page of cases and the sequence to continue after, if there are more.</summary>
public sealed record CasePage(IReadOnlyList<CaseRecord> Cases, long? NextAfterSequence);
