using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Domain;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Features.CaseHistory;

/// <summary>Keyset-paged histories of a case: payments newest first, timeline and bucket changes oldest first.
/// An unknown case is CASE_NOT_FOUND (not an empty page).</summary>
public sealed class CaseHistoryHandler(CasesDbContext db)
{
    public async Task<RecordPage<PaymentRecord>> PaymentsAsync(CaseHistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await RequireCaseAsync(query.CaseId, cancellationToken);
        var payments = db.Payments.AsNoTracking().Where(p => p.CaseId == query.CaseId);
        if (query.After is { } after)
            payments = payments.Where(p => p.Sequence < after);
        var fetched = await payments.OrderByDescending(p => p.Sequence).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        return RecordPage<PaymentRecord>.From(fetched, query.PageSize, p => p.Sequence);
    }

    public async Task<RecordPage<TimelineEntryRecord>> TimelineAsync(CaseHistoryQuery query, IReadOnlyList<int> kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(kinds);
        await RequireCaseAsync(query.CaseId, cancellationToken);
        var entries = db.Timeline.AsNoTracking().Where(t => t.CaseId == query.CaseId);
        if (query.After is { } after)
            entries = entries.Where(t => t.Id > after);
        if (kinds.Count > 0)
            entries = entries.Where(t => kinds.Contains(t.Kind));
        var fetched = await entries.OrderBy(t => t.Id).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        return RecordPage<TimelineEntryRecord>.From(fetched, query.PageSize, t => t.Id);
    }

    public async Task<RecordPage<BucketChangeRecord>> BucketChangesAsync(CaseHistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await RequireCaseAsync(query.CaseId, cancellationToken);
        var changes = db.BucketChanges.AsNoTracking().Where(b => b.CaseId == query.CaseId);
        if (query.After is { } after)
            changes = changes.Where(b => b.Id > after);
        var fetched = await changes.OrderBy(b => b.Id).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        return RecordPage<BucketChangeRecord>.From(fetched, query.PageSize, b => b.Id);
    }

    private async Task RequireCaseAsync(Guid caseId, CancellationToken cancellationToken)
    {
        if (!await db.Cases.AnyAsync(c => c.Id == caseId, cancellationToken))
            throw new DomainException("CASE_NOT_FOUND", "The case does not exist.", "parent");
    }
}
