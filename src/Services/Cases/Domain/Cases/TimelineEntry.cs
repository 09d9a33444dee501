namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>One line of a case's timeline. The description names states, buckets and ids only —
/// never personal data (it is shown to agents and kept for years).</summary>
public sealed record TimelineEntry(DateTimeOffset OccurredAt, TimelineEntryKind Kind, string Description)
{
    /// <summary>The typed facts behind <see cref="Description"/>, when the kind has any.</summary>
    public TimelineDetail? Detail { get; init; }
}
