using CollectionsPlatform.Domain;
using CollectionsPlatform.Messaging;
using CollectionsPlatform.PaymentPlans.Cases;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.AcceptPaymentPlan;

/// <summary>Acceptance → written confirmation (text and SHA-256 stored, R9) → active, in one transaction that also
/// stages PlanConfirmationIssued (for the contacts service to deliver) and PlanActivated. An expired, withdrawn,
/// already accepted or unapproved proposal is refused and nothing is written.</summary>
public sealed class AcceptPaymentPlanHandler(PaymentPlansDbContext db, CaseDirectory cases, PlanStore plans, PlanTransition transition)
{
    public Task<PlanRecord> HandleAsync(AcceptPaymentPlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return transition.RunAsync(command.CaseId, command.PlanId, command.Etag, command.Request, async (plan, record, now) =>
        {
            plan.Accept(command.AcceptedBy, command.Channel, now);
            if (await plans.HasRunningPlanAsync(command.CaseId, plan.Id, cancellationToken))
                throw new DomainException("ACTIVE_PLAN_EXISTS", "The case already has an active plan.");
            var facts = await cases.GetAsync(command.CaseId, cancellationToken);
            var confirmation = plan.IssueConfirmation(facts.Outstanding, now);
            plan.Activate(now);
            var documentId = Guid.CreateVersion7();
            record.Confirmation = new PlanConfirmationRecord
            {
                PlanId = plan.Id, DocumentId = documentId, Text = confirmation.Text, Sha256 = confirmation.Sha256, IssuedAt = confirmation.IssuedAt,
            };
            db.AddIntegrationEvent(PlanEvents.ConfirmationIssued(plan, documentId, EnumMapping.ToProto(command.Channel), now), plan.Id.ToString());
            db.AddIntegrationEvent(PlanEvents.Activated(plan, now), plan.Id.ToString());
        }, cancellationToken);
    }
}
