using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.Plans;

/// <summary>One change of an existing plan in one unit of work: request_id replay (a retry reads the plan), load with
/// the etag check, the change on the domain plan, its state copied back to the record, the request id recorded, saved.
/// A refused change throws before anything is written.</summary>
public sealed class PlanTransition(PaymentPlansDbContext db, PlanStore plans, PlanRequestReplay requests, TimeProvider clock)
{
    public Task<PlanRecord> RunAsync(
        Guid caseId, Guid planId, string? etag, RequestKey request, Action<PaymentPlan, PlanRecord, DateTimeOffset> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return RunAsync(caseId, planId, etag, request, (plan, record, now) =>
        {
            change(plan, record, now);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    public async Task<PlanRecord> RunAsync(
        Guid caseId, Guid planId, string? etag, RequestKey request, Func<PaymentPlan, PlanRecord, DateTimeOffset, Task> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(change);
        if (await requests.ReplayAsync(request, cancellationToken) is not null)
            return await plans.ReadAsync(caseId, planId, cancellationToken);
        var record = await plans.LoadForChangeAsync(caseId, planId, etag, cancellationToken);
        var now = clock.Now();
        var plan = record.ToDomain();
        await change(plan, record, now);
        plan.CopyStateTo(record, now);
        requests.Remember(request, ResourceNames.Child(caseId, ResourceCollections.PaymentPlans, planId), now);
        await db.SaveAsync(cancellationToken);
        return record;
    }
}
