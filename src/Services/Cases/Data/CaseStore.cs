using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Domain;
using CollectionsPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Data;

/// <summary>Loads stored cases into <see cref="CollectionCase"/> and writes a case's changes back in one unit of
/// work: the row's facts, the new bucket history and timeline entries, and the integration events of what
/// happened staged in the outbox (ordered per case). The row's version guards against concurrent changes.
/// Payment idempotency is the <c>payments</c> table's (keyed by payment id), so restored cases carry no
/// posted payment ids.</summary>
public sealed class CaseStore(CasesDbContext db)
{
    public async Task<StoredCase?> FindAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var record = await db.Cases.Include(c => c.Holds).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return record is null ? null : new StoredCase(record, CollectionCase.Restore(record.ToSnapshot([])));
    }

    /// <summary>Locks the case's row until the caller's transaction ends, so concurrent changes of one case
    /// queue up instead of failing on the version check.</summary>
    public Task LockAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM cases WHERE \"Id\" = {caseId} FOR UPDATE", cancellationToken);

    /// <summary>The case, or CASE_NOT_FOUND.</summary>
    public async Task<StoredCase> LoadAsync(Guid caseId, CancellationToken cancellationToken) =>
        await FindAsync(caseId, cancellationToken)
            ?? throw new DomainException("CASE_NOT_FOUND", "The case does not exist.", "name");

    /// <summary>A newly opened case: its row with history and timeline, and CaseOpened (and anything else it
    /// raised) in the outbox. Saved by the caller's next SaveChanges.</summary>
    public StoredCase Add(CollectionCase opened, string jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var record = opened.ToRecord(jurisdiction);
        db.Cases.Add(record);
        var stored = new StoredCase(record, opened)
        {
            StagedTimelineEntries = opened.Timeline.Count,
            StagedBucketChanges = opened.BucketHistory.Count,
        };
        StageEvents(stored);
        return stored;
    }

    /// <summary>Stages the case's changes since it was loaded (or last staged) without saving: for consumers
    /// and other callers that commit their own unit of work.</summary>
    public void Stage(StoredCase stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var (record, collectionCase) = (stored.Record, stored.Case);
        record.CopyFrom(collectionCase);
        record.Version = stored.LoadedVersion + 1;
        foreach (var change in collectionCase.BucketHistory.Skip(stored.StagedBucketChanges))
            db.BucketChanges.Add(change.ToRecord(record.Id));
        foreach (var entry in collectionCase.Timeline.Skip(stored.StagedTimelineEntries))
            db.Timeline.Add(entry.ToRecord(record.Id));
        stored.StagedBucketChanges = collectionCase.BucketHistory.Count;
        stored.StagedTimelineEntries = collectionCase.Timeline.Count;
        StageEvents(stored);
    }

    /// <summary>Stages and saves; a concurrent change since the load is ETAG_MISMATCH and nothing is written.</summary>
    public async Task SaveAsync(StoredCase stored, CancellationToken cancellationToken)
    {
        Stage(stored);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw new DomainException("ETAG_MISMATCH", "The case changed since it was read.", "etag");
        }
    }

    private void StageEvents(StoredCase stored)
    {
        var key = stored.Record.Id.ToString();
        foreach (var domainEvent in stored.Case.DequeueEvents())
        {
            PaymentRecord? payment = null;
            if (domainEvent is PaymentPostedEvent posted)
            {
                stored.Record.TotalPaid += posted.Amount.Amount;
                payment = db.Payments.Local.FirstOrDefault(r => r.PaymentId == posted.PaymentId);
            }

            foreach (var integrationEvent in CaseIntegrationEvents.From(domainEvent, stored, payment))
                db.AddIntegrationEvent(integrationEvent, key);
        }
    }
}
