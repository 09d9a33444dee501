using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Features.GetCase;

/// <summary>Reads one case by id.</summary>
public sealed class GetCaseHandler(CasesDbContext db)
{
    public async Task<CaseRecord> HandleAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().Include(c => c.Holds).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new DomainException("CASE_NOT_FOUND", "The case does not exist.", "name");
}
