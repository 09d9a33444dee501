using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Everything one chunk writes: new cases, updated cases, the bucket history and timeline entries they
/// gained, their outbox rows, and the counts for the summary.</summary>
public sealed class IntakeChanges(DateTimeOffset now)
{
    public List<(CollectionCase Case, string Jurisdiction)> Opened { get; } = [];

    public List<CollectionCase> Updated { get; } = [];

    public List<(Guid CaseId, BucketChange Change)> BucketChanges { get; } = [];

    public List<(Guid CaseId, TimelineEntry Entry)> Timeline { get; } = [];

    public List<IntakeOutboxRow> Outbox { get; } = [];

    public List<RowRejection> Rejections { get; } = [];

    public int Accepted { get; private set; }

    public int Moved { get; private set; }

    public int Cured { get; private set; }

    public void Skip() => Accepted++;

    public void Open(CollectionCase opened, string jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(opened);
        Accepted++;
        Opened.Add((opened, jurisdiction));
        Collect(opened, jurisdiction);
    }

    public void Update(RestoredCase restored, DelinquencyUpdateOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(restored);
        var moved = restored.Case.BucketHistory.Count > 0;
        Accepted++;
        Moved += moved ? 1 : 0;
        Cured += outcome == DelinquencyUpdateOutcome.Cured ? 1 : 0;
        Updated.Add(restored.Case);
        Collect(restored.Case, restored.Jurisdiction);
    }

    public ChunkOutcome ToOutcome() => new(Accepted, Opened.Count, Updated.Count, Moved, Cured, Rejections);

    private void Collect(CollectionCase collectionCase, string jurisdiction)
    {
        BucketChanges.AddRange(collectionCase.BucketHistory.Select(change => (collectionCase.Id, change)));
        Timeline.AddRange(collectionCase.Timeline.Select(entry => (collectionCase.Id, entry)));
        foreach (var domainEvent in collectionCase.DequeueEvents())
            Outbox.AddRange(IntakeEvents.ToOutbox(domainEvent, collectionCase, jurisdiction, now));
    }
}
