using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Everything one chunk writes: new cases, updated cases, the bucket history and timeline entries they
/// gained, their outbox rows, and the counts for the summary.</summary>
public sealed class IntakeChanges(DateTimeOffset now)
{
    public List<(CollectionCase Case, string Jurisdiction)> Opened { get; } = [];

    public List<(CollectionCase Case, bool BucketMoved)> Updated { get; } = [];

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
        Collect(opened, jurisdiction, 0, 0);
    }

    public void Update(RestoredCase restored, DelinquencyUpdateOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(restored);
        var moved = restored.Case.BucketHistory.Count > restored.HistoryBaseline;
        Accepted++;
        Moved += moved ? 1 : 0;
        Cured += outcome == DelinquencyUpdateOutcome.Cured ? 1 : 0;
        Updated.Add((restored.Case, moved));
        Collect(restored.Case, restored.Jurisdiction, restored.HistoryBaseline, restored.TimelineBaseline);
    }

    public ChunkOutcome ToOutcome() => new(Accepted, Opened.Count, Updated.Count, Moved, Cured, Rejections);

    private void Collect(CollectionCase collectionCase, string jurisdiction, int historyBaseline, int timelineBaseline)
    {
        for (var i = historyBaseline; i < collectionCase.BucketHistory.Count; i++)
            BucketChanges.Add((collectionCase.Id, collectionCase.BucketHistory[i]));
        for (var i = timelineBaseline; i < collectionCase.Timeline.Count; i++)
            Timeline.Add((collectionCase.Id, collectionCase.Timeline[i]));
        foreach (var domainEvent in collectionCase.DequeueEvents())
            Outbox.Add(IntakeEvents.ToOutbox(domainEvent, collectionCase, jurisdiction, now));
    }
}
