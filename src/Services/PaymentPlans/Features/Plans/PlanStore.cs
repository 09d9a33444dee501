using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Data;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.Plans;

/// <summary>Loads a plan with its instalments, approval and confirmation, tracked for a change or read-only.</summary>
public sealed class PlanStore(PaymentPlansDbContext db)
{
    public async Task<PlanRecord> ReadAsync(Guid caseId, Guid planId, CancellationToken cancellationToken) =>
        await Query().AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId && p.CaseId == caseId, cancellationToken)
        ?? throw new DomainException("PLAN_NOT_FOUND", "The payment plan does not exist.", "name");

    /// <summary>The tracked plan; a stale <paramref name="etag"/> is refused with ETAG_MISMATCH.</summary>
    public async Task<PlanRecord> LoadForChangeAsync(Guid caseId, Guid planId, string? etag, CancellationToken cancellationToken)
    {
        var record = await Query().SingleOrDefaultAsync(p => p.Id == planId && p.CaseId == caseId, cancellationToken)
            ?? throw new DomainException("PLAN_NOT_FOUND", "The payment plan does not exist.", "name");
        if (!Mapping.Etags.Matches(etag, record.Version))
            throw new DomainException("ETAG_MISMATCH", "The plan has changed since it was read; read it again.", "etag");
        return record;
    }

    /// <summary>Whether the case has an accepted, active or broken plan other than <paramref name="except"/>.</summary>
    public Task<bool> HasRunningPlanAsync(Guid caseId, Guid? except, CancellationToken cancellationToken) =>
        db.Plans.AnyAsync(p => p.CaseId == caseId && p.Id != except
            && (p.State == (int)Domain.Plans.PlanState.Accepted || p.State == (int)Domain.Plans.PlanState.Active), cancellationToken);

    /// <summary>Plans with their instalments, approval and confirmation (split query), tracked.</summary>
    public static IQueryable<PlanRecord> Detailed(PaymentPlansDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Plans.Include(p => p.Instalments).Include(p => p.Approval).Include(p => p.Confirmation).AsSplitQuery();
    }

    private IQueryable<PlanRecord> Query() => Detailed(db);
}
