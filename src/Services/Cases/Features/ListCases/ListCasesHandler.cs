using CollectionsPlatform.Cases.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Features.ListCases;

/// <summary>Keyset-paged case list, newest first.</summary>
public sealed class ListCasesHandler(CasesDbContext db)
{
    public async Task<CasePage> HandleAsync(ListCasesQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var cases = db.Cases.AsNoTracking();
        if (query.AfterSequence is { } after)
            cases = cases.Where(c => c.Sequence < after);
        if (query.States.Count > 0)
            cases = cases.Where(c => query.States.Contains(c.State));
        if (query.Buckets.Count > 0)
            cases = cases.Where(c => query.Buckets.Contains(c.Bucket));
        if (query.Queue is { } queue)
            cases = cases.Where(c => c.Queue == queue);
        if (query.AgentId is { } agent)
            cases = cases.Where(c => c.AgentId == agent);
        if (query.DebtorReference is { } debtor)
            cases = cases.Where(c => c.DebtorReference == debtor);
        if (query.AccountReference is { } account)
            cases = cases.Where(c => c.AccountReference == account);
        var page = await cases.Include(c => c.Holds).OrderByDescending(c => c.Sequence).Take(query.PageSize + 1).ToListAsync(cancellationToken);
        return page.Count > query.PageSize
            ? new CasePage(page[..query.PageSize], page[query.PageSize - 1].Sequence)
            : new CasePage(page, null);
    }
}
