using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.ApprovePaymentPlan;

/// <summary>Records a supervisor's approval of a proposal that needs one; any other plan is refused.</summary>
public sealed class ApprovePaymentPlanHandler(PaymentPlansDbContext db, PlanStore plans, RequestLog requests, TimeProvider clock)
{
    public async Task<PlanRecord> HandleAsync(ApprovePaymentPlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await requests.ReplayAsync(command.Request.RequestId, command.Request.Fingerprint, cancellationToken) is not null)
            return await plans.ReadAsync(command.CaseId, command.PlanId, cancellationToken);
        var record = await plans.LoadForChangeAsync(command.CaseId, command.PlanId, command.Etag, cancellationToken);
        var now = clock.Now();
        var plan = record.ToDomain();
        plan.Approve(command.SupervisorId, now);
        plan.CopyStateTo(record, now);
        record.Approval = new PlanApprovalRecord
        {
            PlanId = plan.Id, SupervisorId = command.SupervisorId, Justification = command.Justification, ApprovedAt = now,
        };
        requests.Record(command.Request.RequestId, command.Request.Fingerprint, ResourceNames.Child(record.CaseId, ResourceNames.PaymentPlans, record.Id), now);
        await db.SaveAsync(cancellationToken);
        return record;
    }
}
