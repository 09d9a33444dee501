namespace CollectionsPlatform.Cases.Data;

/// <summary>One row of a case's timeline (table <c>case_events</c>); the summary never holds personal data.</summary>
public sealed class TimelineEntryRecord
{
    public long Id { get; set; }

    public Guid CaseId { get; set; }

    public int Kind { get; set; }

    public required string Summary { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}
