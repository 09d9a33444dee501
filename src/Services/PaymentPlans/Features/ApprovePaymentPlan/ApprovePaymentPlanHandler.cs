using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;

namespace CollectionsPlatform.PaymentPlans.Features.ApprovePaymentPlan;

/// <summary>Records a supervisor's approval of a proposal that needs one; any other plan is refused.</summary>
public sealed class ApprovePaymentPlanHandler(PlanTransition transition)
{
    public Task<PlanRecord> HandleAsync(ApprovePaymentPlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return transition.RunAsync(command.CaseId, command.PlanId, command.Etag, command.Request, (plan, record, now) =>
        {
            plan.Approve(command.SupervisorId, now);
            record.Approval = new PlanApprovalRecord
            {
                PlanId = plan.Id, SupervisorId = command.SupervisorId, Justification = command.Justification, ApprovedAt = now,
            };
        }, cancellationToken);
    }
}
