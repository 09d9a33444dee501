namespace CollectionsPlatform.Cases.Data;

/// <summary>A hold pausing collection on a case (table <c>case_holds</c>), keyed by case and the complaints
/// service's hold id; the reason is a category, never free text.</summary>
public sealed class CaseHoldRecord
{
    public Guid CaseId { get; set; }

    public required string HoldId { get; set; }

    public required string Reason { get; set; }

    public required string Source { get; set; }

    public DateTimeOffset PlacedAt { get; set; }
}
