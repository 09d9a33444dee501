namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>A hold pausing collection: its id, why (a category such as "dispute" or "complaint:harassment",
/// never free text about the debtor), which service or role placed it, and when.</summary>
public sealed record CaseHold(string HoldId, string Reason, string Source, DateTimeOffset PlacedAt);
