namespace CollectionsPlatform.Cases.Data;

/// <summary>One row of a case's timeline (table <c>case_events</c>); the summary never holds personal data.</summary>
public sealed class TimelineEntryRecord
{
    public long Id { get; set; }

    public Guid CaseId { get; set; }

    public int Kind { get; set; }

    public required string Summary { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>A state or bucket move's origin (enum number).</summary>
    public int? FromValue { get; set; }

    /// <summary>A state or bucket move's target (enum number).</summary>
    public int? ToValue { get; set; }

    /// <summary>A reason code, hold reason category or queue.</summary>
    public string? Code { get; set; }

    /// <summary>The payment, hold, plan or promise id, or the assigned agent.</summary>
    public string? RelatedId { get; set; }

    /// <summary>Where a hold came from, e.g. "complaints/{id}".</summary>
    public string? Source { get; set; }
}
