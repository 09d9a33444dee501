using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Data;

/// <summary>A case loaded for a change: its tracked row and the domain case restored from it. The store
/// remembers how much of the case's new history it has already staged.</summary>
public sealed class StoredCase(CaseRecord record, CollectionCase collectionCase)
{
    public CaseRecord Record { get; } = record;

    public CollectionCase Case { get; } = collectionCase;

    /// <summary>The row's version as loaded (the etag clients send back).</summary>
    public int LoadedVersion { get; } = record.Version;

    internal int StagedTimelineEntries { get; set; }

    internal int StagedBucketChanges { get; set; }
}
