using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Domain;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Features.WatchCase;

/// <summary>A case's timeline as a stream: the entries after <c>since</c> (none when null), then each new entry
/// as it is committed, found by polling the timeline after the last id sent until the caller cancels.</summary>
public sealed class CaseWatcher(CasesDbContext db)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public async Task<long> StartAsync(Guid caseId, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
            throw new DomainException("CASE_NOT_FOUND", "The case does not exist.", "name");
        if (since is { } start)
        {
            var first = await db.Timeline.Where(t => t.CaseId == caseId && t.OccurredAt > start)
                .OrderBy(t => t.Id).Select(t => (long?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (first is { } id)
                return id - 1;
        }

        return await db.Timeline.Where(t => t.CaseId == caseId).MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
    }

    public async IAsyncEnumerable<TimelineEntryRecord> WatchAsync(
        Guid caseId, long afterId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = afterId;
        while (!cancellationToken.IsCancellationRequested)
        {
            var entries = await db.Timeline.AsNoTracking().Where(t => t.CaseId == caseId && t.Id > last)
                .OrderBy(t => t.Id).Take(500).ToListAsync(cancellationToken);
            foreach (var entry in entries)
            {
                last = entry.Id;
                yield return entry;
            }

            if (entries.Count == 0)
                await Task.Delay(PollInterval, cancellationToken);
        }
    }
}
