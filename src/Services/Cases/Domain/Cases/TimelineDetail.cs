namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>The typed facts of a timeline entry, by kind: state or bucket moves (<see cref="From"/>,
/// <see cref="To"/> as enum numbers, <see cref="Code"/> the reason), the payment, hold, plan or promise id
/// (<see cref="RelatedId"/>), a hold's reason and source, an assignment's queue (<see cref="Code"/>) and agent.</summary>
public sealed record TimelineDetail(int? From = null, int? To = null, string? Code = null, string? RelatedId = null, string? Source = null);
