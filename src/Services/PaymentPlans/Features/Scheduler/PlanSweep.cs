using CollectionsPlatform.Messaging;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Domain.Promises;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Promises;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Features.Scheduler;

/// <summary>One pass of the time-driven rules at an instant: proposals past their expiry expire; instalments unpaid
/// past due date + grace days are missed (InstalmentMissed) and break their plan (PlanBroken); pending promises past
/// date + grace days end partial or broken (PromiseBroken). Each plan or promise changes in its own transaction with
/// its events; a concurrent change (version token) is skipped and retried on the next pass.</summary>
public sealed class PlanSweep(PaymentPlansDbContext db)
{
    private const int BatchSize = 100;

    public async Task<SweepOutcome> RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var expired = await ExpireProposalsAsync(now, cancellationToken);
        var broken = await ReviewPlansAsync(today, now, cancellationToken);
        var promises = await SettlePromisesAsync(today, now, cancellationToken);
        return new SweepOutcome(expired, broken, promises);
    }

    private async Task<int> ExpireProposalsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.Plans.AsNoTracking().Where(p => p.State == (int)PlanState.Proposed && p.ExpiresAt < now)
            .OrderBy(p => p.Sequence).Select(p => new { p.CaseId, p.Id }).Take(BatchSize).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var plan in due)
            count += await ChangePlanAsync(plan.CaseId, plan.Id, now, p => p.ExpireIfDue(now), cancellationToken) ? 1 : 0;
        return count;
    }

    private async Task<int> ReviewPlansAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.Instalments.AsNoTracking()
            .Join(db.Plans, i => i.PlanId, p => p.Id, (i, p) => new { Instalment = i, Plan = p })
            .Where(x => (x.Instalment.Status == (int)InstalmentStatus.Pending || x.Instalment.Status == (int)InstalmentStatus.PartiallyPaid)
                && (x.Plan.State == (int)PlanState.Active || x.Plan.State == (int)PlanState.Broken)
                && x.Instalment.DueDate.AddDays(x.Plan.GraceDays) < today)
            .Select(x => new { x.Plan.CaseId, x.Plan.Id }).Distinct().Take(BatchSize).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var target in due)
        {
            count += await ChangePlanAsync(target.CaseId, target.Id, now, plan =>
            {
                var review = plan.Review(today);
                foreach (var number in review.NewlyMissedInstalments)
                    db.AddIntegrationEvent(PlanEvents.InstalmentMissed(plan, number, now), plan.Id.ToString());
                if (review.PlanBroken)
                    db.AddIntegrationEvent(PlanEvents.Broken(plan, now), plan.Id.ToString());
                return review.NewlyMissedInstalments.Count > 0;
            }, cancellationToken) ? 1 : 0;
        }

        return count;
    }

    private async Task<bool> ChangePlanAsync(Guid caseId, Guid planId, DateTimeOffset now, Func<PaymentPlan, bool> change, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var record = await new PlanStore(db).LoadForChangeAsync(caseId, planId, null, cancellationToken);
        var plan = record.ToDomain();
        if (!change(plan))
            return false;
        plan.CopyStateTo(record, now);
        return await SaveAsync(cancellationToken);
    }

    private async Task<int> SettlePromisesAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var due = await db.Promises.Where(p => p.Status == (int)PromiseStatus.Pending && p.PromisedDate.AddDays(p.GraceDays) < today)
            .OrderBy(p => p.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var stored in due)
        {
            var promise = stored.ToDomain();
            if (promise.Evaluate(today) == PromiseStatus.Pending)
                continue;
            promise.CopyStateTo(stored, now);
            db.AddIntegrationEvent(PromiseEvents.Broken(promise, now), promise.Id.ToString());
            count++;
        }

        await SaveAsync(cancellationToken);
        return count;
    }

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
