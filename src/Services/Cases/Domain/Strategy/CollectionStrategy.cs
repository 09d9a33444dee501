using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Domain.Strategy;

/// <summary>Chooses the next action for a case from its financial facts only, first rule that applies:
/// finished or cured → none; on hold → none (R6); plan active → none (R9: contact stops while kept);
/// promise pending → none; over 180 days → legal review; 91–180 days → field visit above the threshold
/// or with supervisor approval (R8), else call; 31–90 days → call (email after repeated failed contacts);
/// 1–30 days → SMS reminder, call after a broken promise; current → none.</summary>
public sealed class CollectionStrategy(StrategyOptions options)
{
    public string Version => options.Version;

    public NextAction Decide(StrategyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts switch
        {
            { State: CaseState.Cured or CaseState.Settled or CaseState.WrittenOff or CaseState.Closed } => Act(NextActionKind.None, "case_not_in_collection"),
            { State: CaseState.OnHold } => Act(NextActionKind.None, "case_on_hold"),
            { State: CaseState.PlanActive } => Act(NextActionKind.None, "plan_being_kept"),
            { Promise: PromiseState.Pending } or { State: CaseState.Promised } => Act(NextActionKind.None, "promise_pending"),
            { Bucket: DelinquencyBucket.Current } => Act(NextActionKind.None, "account_current"),
            { Bucket: DelinquencyBucket.M7Plus } => Act(NextActionKind.LegalReview, "over_180_days_past_due"),
            { Bucket: >= DelinquencyBucket.M4 } => LateStage(facts),
            { Bucket: >= DelinquencyBucket.M2 } => MidStage(facts),
            _ => EarlyStage(facts),
        };
    }

    /// <summary>R8: a field visit is allowed above the threshold, or below it with supervisor approval.</summary>
    public bool FieldVisitAllowed(StrategyFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.TotalBalance.Amount > options.FieldVisitThreshold || facts.FieldVisitApprovedBySupervisor;
    }

    private NextAction LateStage(StrategyFacts facts)
    {
        if (facts.TotalBalance.Amount > options.FieldVisitThreshold)
            return Act(NextActionKind.FieldVisit, "late_stage_balance_above_field_visit_threshold");
        return facts.FieldVisitApprovedBySupervisor
            ? Act(NextActionKind.FieldVisit, "late_stage_field_visit_approved_by_supervisor")
            : MidStage(facts);
    }

    private NextAction MidStage(StrategyFacts facts) => facts.ConsecutiveFailedContacts >= options.FailedContactsBeforeEmail
        ? Act(NextActionKind.Email, "repeated_failed_contacts")
        : Act(NextActionKind.Call, facts.Promise == PromiseState.Broken ? "promise_broken" : "mid_stage_delinquency");

    private NextAction EarlyStage(StrategyFacts facts)
    {
        if (facts.Promise is PromiseState.Broken or PromiseState.Partial || facts.BrokenPromises >= options.BrokenPromisesBeforeCall)
            return Act(NextActionKind.Call, "promise_broken");
        return facts.ConsecutiveFailedContacts >= options.FailedContactsBeforeEmail
            ? Act(NextActionKind.Email, "repeated_failed_contacts")
            : Act(NextActionKind.SmsReminder, "early_stage_reminder");
    }

    private NextAction Act(NextActionKind kind, string reason) => new(kind, reason, options.Version);
}
