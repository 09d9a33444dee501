using CollectionsPlatform.Cases.Domain.Strategy;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>Plans and promises reported by the payment plans service, and closing a case.</summary>
public sealed partial class CollectionCase
{
    public CaseCommitments Commitments { get; private set; } = CaseCommitments.None;

    /// <summary>Why the case left collection; null while it is being collected.</summary>
    public CaseCloseReason? CloseReason { get; private set; }

    /// <summary>When the case was cured, settled, written off or closed; null while it is being collected.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>A plan became active: the case moves to plan active (or resumes there when its hold is lifted).</summary>
    public void ActivatePlan(Guid planId, DateTimeOffset at)
    {
        RequireInCollection();
        Commitments = Commitments with { PlanId = planId, Plan = PlanState.Active };
        Record(at, TimelineEntryKind.PlanActivated, $"Plan {planId} activated", new TimelineDetail(RelatedId: planId.ToString()));
        Resume(CaseState.PlanActive, "plan_activated", at, from: null);
    }

    /// <summary>Every instalment of the plan was paid: the case is cured.</summary>
    public void CompletePlan(Guid planId, DateTimeOffset at)
    {
        RequireCurrentPlan(planId);
        Commitments = Commitments with { Plan = PlanState.Completed };
        Record(at, TimelineEntryKind.PlanCompleted, $"Plan {planId} completed", new TimelineDetail(RelatedId: planId.ToString()));
        if (State == CaseState.PlanActive || (State == CaseState.OnHold && StateBeforeHold == CaseState.PlanActive))
            ChangeState(CaseState.Cured, "plan_completed", at);
    }

    /// <summary>The plan was broken: a case working the plan goes back to in contact.</summary>
    public void BreakPlan(Guid planId, DateTimeOffset at)
    {
        RequireCurrentPlan(planId);
        Commitments = Commitments with { Plan = PlanState.Broken };
        Record(at, TimelineEntryKind.PlanBroken, $"Plan {planId} broken", new TimelineDetail(RelatedId: planId.ToString()));
        Resume(CaseState.InContact, "plan_broken", at, from: CaseState.PlanActive);
    }

    public void KeepPromise(Guid promiseId, DateTimeOffset at)
    {
        RequireInCollection();
        Commitments = Commitments with { Promise = PromiseState.Kept };
        Record(at, TimelineEntryKind.PromiseKept, $"Promise {promiseId} kept", new TimelineDetail(RelatedId: promiseId.ToString()));
        Resume(CaseState.InContact, "promise_kept", at, from: CaseState.Promised);
    }

    public void BreakPromise(Guid promiseId, DateTimeOffset at)
    {
        RequireInCollection();
        Commitments = Commitments with { Promise = PromiseState.Broken, BrokenPromises = Commitments.BrokenPromises + 1 };
        Record(at, TimelineEntryKind.PromiseBroken, $"Promise {promiseId} broken", new TimelineDetail(RelatedId: promiseId.ToString()));
        Resume(CaseState.InContact, "promise_broken", at, from: CaseState.Promised);
    }

    /// <summary>Takes the case out of collection: settled and written off have their own states, every other
    /// reason closes it. A hold does not prevent closing; a finished case cannot be closed again.</summary>
    public void Close(CaseCloseReason reason, DateTimeOffset at)
    {
        if (!Enum.IsDefined(reason))
            throw new DomainException("FIELD_REQUIRED", "The close reason is required.", "reason");
        RequireInCollection();
        var to = reason switch
        {
            CaseCloseReason.Settled => CaseState.Settled,
            CaseCloseReason.WrittenOff => CaseState.WrittenOff,
            _ => CaseState.Closed,
        };
        if (!CaseStateMachine.CanMove(State, to))
            throw new DomainException("CASE_STATE_TRANSITION_INVALID", $"A case cannot move from {State} to {to}.", "reason");
        CloseReason = reason;
        var code = reason switch
        {
            CaseCloseReason.PaidInFull => "closed_paid_in_full",
            CaseCloseReason.Settled => "closed_settled",
            CaseCloseReason.WrittenOff => "closed_written_off",
            CaseCloseReason.Cured => "closed_cured",
            CaseCloseReason.Recalled => "closed_recalled",
            _ => "closed_debt_not_owed",
        };
        Record(at, TimelineEntryKind.Closed, $"Case closed ({reason})", new TimelineDetail(Code: code));
        ChangeState(to, code, at);
    }

    /// <summary>Moves a working case to <paramref name="to"/> (only from <paramref name="from"/> when given);
    /// a case on hold keeps the move for when the hold is lifted.</summary>
    private void Resume(CaseState to, string reason, DateTimeOffset at, CaseState? from)
    {
        if (State == CaseState.OnHold)
        {
            if (from is null || StateBeforeHold == from)
                StateBeforeHold = to;
            return;
        }

        if (State != to && (from is null || State == from) && CaseStateMachine.CanMove(State, to))
            ChangeState(to, reason, at);
    }

    private void RequireCurrentPlan(Guid planId)
    {
        RequireInCollection();
        if (Commitments.PlanId != planId)
            throw new DomainException("PLAN_NOT_CURRENT", "The plan is not the case's current plan.", "plan_id");
    }

    private void RequireInCollection()
    {
        if (CaseStateMachine.IsFinished(State))
            throw new DomainException("CASE_FINISHED", "The case is finished.");
    }

    private void TrackClosure(CaseState to, DateTimeOffset at)
    {
        if (to is CaseState.Cured or CaseState.Settled or CaseState.WrittenOff or CaseState.Closed)
        {
            ClosedAt = at;
            CloseReason ??= to switch
            {
                CaseState.Settled => CaseCloseReason.Settled,
                CaseState.WrittenOff => CaseCloseReason.WrittenOff,
                _ when Balances.Total.IsZero => CaseCloseReason.PaidInFull,
                _ => CaseCloseReason.Cured,
            };
            return;
        }

        ClosedAt = null;
        CloseReason = null;
    }
}
