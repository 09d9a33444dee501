using CollectionsPlatform.Api;
using Collections.Cases.V1;
using DomainCaseState = CollectionsPlatform.Cases.Domain.Cases.CaseState;
using PlanState = CollectionsPlatform.Cases.Domain.Cases.PlanState;
using CollectionsPlatform.Cases.Domain.Strategy;
using CollectionsPlatform.Cases.Features.GetNextAction;
using Google.Protobuf.WellKnownTypes;
using ProtoNextAction = Collections.Cases.V1.NextAction;

namespace CollectionsPlatform.Cases.Mapping;

/// <summary>A strategy decision → v1 <c>NextAction</c> with its stable reason (upper snake case), an English
/// explanation, the strategy version and the facts it read.</summary>
public static class NextActionMapping
{
    private static readonly Dictionary<string, string> Explanations = new(StringComparer.Ordinal)
    {
        ["case_not_in_collection"] = "The case is cured, settled, written off or closed.",
        ["case_on_hold"] = "A hold pauses collection contact on the case.",
        ["plan_being_kept"] = "A repayment plan is active; contact stops while it is kept.",
        ["promise_pending"] = "A promise to pay is pending.",
        ["account_current"] = "The account is current.",
        ["over_180_days_past_due"] = "More than 180 days past due: refer for legal review.",
        ["late_stage_balance_above_field_visit_threshold"] = "91-180 days past due with a balance above the field-visit threshold.",
        ["late_stage_field_visit_approved_by_supervisor"] = "91-180 days past due; a supervisor approved a field visit.",
        ["repeated_failed_contacts"] = "Repeated contact attempts reached nobody: write instead.",
        ["promise_broken"] = "A promise to pay was broken.",
        ["mid_stage_delinquency"] = "31-180 days past due.",
        ["early_stage_reminder"] = "1-30 days past due: a reminder.",
    };

    public static ActionType ToProto(NextActionKind kind) => kind switch
    {
        NextActionKind.SmsReminder => ActionType.SmsReminder,
        NextActionKind.Call => ActionType.Call,
        NextActionKind.Email => ActionType.Email,
        NextActionKind.FieldVisit => ActionType.FieldVisit,
        NextActionKind.LegalReview => ActionType.LegalReview,
        _ => ActionType.None,
    };

    public static ProtoNextAction ToProto(NextActionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var (record, facts, action) = (decision.Case, decision.Facts, decision.Action);
        return new ProtoNextAction
        {
            Case = ResourceNames.Case(record.Id),
            Action = ToProto(action.Kind),
            Reason = action.Reason.ToUpperInvariant(),
            Explanation = Explanations.GetValueOrDefault(action.Reason, action.Reason),
            StrategyVersion = action.StrategyVersion,
            DecideTime = Timestamp.FromDateTimeOffset(decision.DecidedAt),
            Inputs = new StrategyInputs
            {
                Bucket = EnumMapping.ToProto(facts.Bucket),
                DaysPastDue = record.DaysPastDue,
                TotalBalance = MoneyMapping.ToProto(facts.TotalBalance.Amount, record.Currency),
                State = EnumMapping.ToProto(facts.State),
                PlanActive = facts.State == DomainCaseState.PlanActive || (PlanState)record.PlanState == PlanState.Active,
                PromisePending = facts.Promise == PromiseState.Pending || facts.State == DomainCaseState.Promised,
                BrokenPromises = facts.BrokenPromises,
                OnHold = record.Holds.Count > 0,
                DaysSinceRightPartyContact = -1,
                AboveFieldVisitThreshold = decision.AboveFieldVisitThreshold,
            },
        };
    }
}
