using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.CancelPaymentPlan;

/// <summary>Withdraws a proposal that was not accepted.</summary>
public sealed class CancelPaymentPlanHandler(PaymentPlansDbContext db, PlanStore plans, RequestLog requests, TimeProvider clock)
{
    public async Task<PlanRecord> HandleAsync(Guid caseId, Guid planId, string? etag, RequestKey request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await requests.ReplayAsync(request.RequestId, request.Fingerprint, cancellationToken) is not null)
            return await plans.ReadAsync(caseId, planId, cancellationToken);
        var record = await plans.LoadForChangeAsync(caseId, planId, etag, cancellationToken);
        var now = clock.Now();
        var plan = record.ToDomain();
        plan.Cancel();
        plan.CopyStateTo(record, now);
        requests.Record(request.RequestId, request.Fingerprint, ResourceNames.Child(caseId, ResourceNames.PaymentPlans, planId), now);
        await db.SaveAsync(cancellationToken);
        return record;
    }
}
