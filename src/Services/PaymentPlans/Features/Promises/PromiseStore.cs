using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.Promises;

/// <summary>Reads, changes and lists promises to pay.</summary>
public sealed class PromiseStore(PaymentPlansDbContext db)
{
    public async Task<PromiseRecord> ReadAsync(Guid caseId, Guid promiseId, CancellationToken cancellationToken) =>
        await db.Promises.AsNoTracking().SingleOrDefaultAsync(p => p.Id == promiseId && p.CaseId == caseId, cancellationToken)
        ?? throw new DomainException("PROMISE_NOT_FOUND", "The promise to pay does not exist.", "name");

    public async Task<PromiseRecord> CancelAsync(Guid caseId, Guid promiseId, string? etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var record = await db.Promises.SingleOrDefaultAsync(p => p.Id == promiseId && p.CaseId == caseId, cancellationToken)
            ?? throw new DomainException("PROMISE_NOT_FOUND", "The promise to pay does not exist.", "name");
        if (!Mapping.Etags.Matches(etag, record.Version))
            throw new DomainException("ETAG_MISMATCH", "The promise has changed since it was read; read it again.", "etag");
        var promise = record.ToDomain();
        promise.Cancel();
        promise.CopyStateTo(record, now);
        return record;
    }

    public async Task<(IReadOnlyList<PromiseRecord> Promises, long? NextAfter)> ListAsync(
        Guid? caseId, IReadOnlyList<int> states, int pageSize, long? afterSequence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(states);
        var promises = db.Promises.AsNoTracking();
        if (caseId is { } id)
            promises = promises.Where(p => p.CaseId == id);
        if (afterSequence is { } after)
            promises = promises.Where(p => p.Sequence < after);
        if (states.Count > 0)
            promises = promises.Where(p => states.Contains(p.Status));
        var page = await promises.OrderByDescending(p => p.Sequence).Take(pageSize + 1).ToListAsync(cancellationToken);
        return page.Count > pageSize ? (page[..pageSize], page[pageSize - 1].Sequence) : (page, null);
    }
}
