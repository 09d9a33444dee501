using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using CollectionsPlatform.Messaging;
using CollectionsPlatform.PaymentPlans.Cases;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;
using CollectionsPlatform.PaymentPlans.Features.AssessAffordability;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.ProposePaymentPlan;

/// <summary>Builds the exact schedule of the chosen type, flags what needs a supervisor (instalment above the
/// affordable amount, settlement discount above the threshold, no assessment), stores the proposal and stages
/// PlanProposed in the same transaction. Renegotiation closes the replaced plan in that transaction too.</summary>
public sealed class ProposePaymentPlanHandler(
    PaymentPlansDbContext db, CaseDirectory cases, AssessmentReader assessments, PlanStore plans, PlanRequestReplay requests,
    PlanPolicy policy, TimeProvider clock)
{
    public async Task<PlanRecord> HandleAsync(ProposePaymentPlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (await requests.ReplayAsync(command.Request, cancellationToken) is { } replayed
            && ResourceNames.TryParseChild(replayed, ResourceCollections.PaymentPlans, out var replayedCase, out var replayedPlan))
            return await plans.ReadAsync(replayedCase, replayedPlan, cancellationToken);
        var now = clock.Now();
        PlanRecord? replacedRecord = null;
        if (command.Replaces is { } replacedId)
        {
            replacedRecord = await plans.LoadForChangeAsync(command.CaseId, replacedId, command.ReplacedEtag, cancellationToken);
            var replaced = replacedRecord.ToDomain();
            replaced.Renegotiate();
            replaced.CopyStateTo(replacedRecord, now);
        }
        else if (await plans.HasRunningPlanAsync(command.CaseId, null, cancellationToken))
        {
            throw new DomainException("ACTIVE_PLAN_EXISTS", "The case already has an active plan; renegotiate it instead.");
        }

        var facts = await cases.GetAsync(command.CaseId, cancellationToken);
        var resolved = PlanTermsResolver.Resolve(command.Terms, facts, policy);
        var type = command.Terms.Type ?? throw new DomainException("PLAN_TYPE_REQUIRED", "The plan type is required.", "terms.type");
        var schedule = PlanScheduleBuilder.Build(type, resolved.Terms, resolved.Options);
        Money? affordable = command.AssessmentId is { } assessmentId
            ? await assessments.AffordableInstalmentAsync(command.CaseId, assessmentId, facts.Currency, cancellationToken)
            : null;
        var reasons = new PlanQuoter(policy).ApprovalReasonsFor(schedule, new PlanQuoteRequest(resolved.Terms, AffordableInstalment: affordable)).ToList();
        if (affordable is null)
            reasons.Add(ApprovalReason.NoAffordabilityAssessment);
        var plan = PaymentPlan.Propose(Guid.CreateVersion7(), command.CaseId, schedule, reasons, now, policy);
        var record = plan.ToNewRecord(new PlanRecordTerms(
            command.Terms.AnnualRateBps, command.Terms.TermMonths, command.Terms.FirstDueDate,
            resolved.Options.DeferralInterest == DeferralInterest.Accrue, command.AssessmentId,
            affordable is { } limit && schedule.LargestInstalment <= limit, command.Replaces));
        db.Plans.Add(record);
        db.AddIntegrationEvent(PlanEvents.Proposed(plan), plan.Id.ToString());
        requests.Remember(command.Request, ResourceNames.Child(record.CaseId, ResourceCollections.PaymentPlans, record.Id), now);
        await db.SaveAsync(cancellationToken);
        return record;
    }
}
