using CollectionsPlatform.Domain;
namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>State changes driven by collectors, plans, promises and holds.</summary>
public sealed partial class CollectionCase
{
    /// <summary>Moves the case to a state along a legal transition, recording why (a reason code).
    /// Holds go through <see cref="PlaceHold"/> and <see cref="LiftHold"/>.</summary>
    public void MoveTo(CaseState to, string reason, DateTimeOffset at)
    {
        if (State == CaseState.OnHold && to != CaseState.Closed && to != CaseState.WrittenOff && to != CaseState.Cured && to != CaseState.Settled)
            throw new DomainException("CASE_ON_HOLD", "The case is on hold; lift the hold first.");
        if (to == CaseState.OnHold || !CaseStateMachine.CanMove(State, to))
            throw new DomainException("CASE_STATE_TRANSITION_INVALID", $"A case cannot move from {State} to {to}.", "state");
        ChangeState(to, reason, at);
    }

    /// <summary>Pauses collection on the case (R6); the current working state is kept for when the last hold is
    /// lifted. Holds from several sources stack: the case stays on hold until every one is lifted. A cured case
    /// keeps its holds on record and goes on hold if it falls delinquent again. The same hold id twice is refused.</summary>
    public void PlaceHold(CaseHold hold)
    {
        ArgumentNullException.ThrowIfNull(hold);
        if (holds.Any(h => h.HoldId == hold.HoldId))
            throw new DomainException("CASE_ALREADY_ON_HOLD", "The case already has this hold.", "hold_id");
        if (CaseStateMachine.IsFinished(State))
            throw new DomainException("CASE_FINISHED", "A finished case cannot be put on hold.");
        holds.Add(hold);
        Record(hold.PlacedAt, TimelineEntryKind.HoldPlaced, $"Hold {hold.HoldId} placed ({hold.Reason}, from {hold.Source})",
            new TimelineDetail(Code: hold.Reason, RelatedId: hold.HoldId, Source: hold.Source));
        if (State is CaseState.Cured or CaseState.OnHold)
            return;
        StateBeforeHold = State;
        ChangeState(CaseState.OnHold, $"hold:{hold.Reason}", hold.PlacedAt);
    }

    /// <summary>Lifts one hold; when none is left the case resumes the state it was in before.</summary>
    public void LiftHold(string holdId, DateTimeOffset at)
    {
        var lifted = holds.Find(h => h.HoldId == holdId)
            ?? throw new DomainException("HOLD_NOT_FOUND", "The case has no hold with this id.", "hold_id");
        holds.Remove(lifted);
        Record(at, TimelineEntryKind.HoldLifted, $"Hold {holdId} lifted", new TimelineDetail(Code: lifted.Reason, RelatedId: holdId, Source: lifted.Source));
        if (holds.Count > 0)
            return;
        var resume = StateBeforeHold ?? CaseState.Open;
        StateBeforeHold = null;
        if (State == CaseState.OnHold)
            ChangeState(resume, "hold_lifted", at);
    }

    public void Assign(CaseAssignment assignment, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        Require(assignment.Queue, "queue");
        Assignment = assignment;
        UpdatedAt = at;
        Record(at, TimelineEntryKind.Assigned, $"Assigned to queue {assignment.Queue}" + (assignment.AgentId is null ? string.Empty : $", agent {assignment.AgentId}"),
            new TimelineDetail(Code: assignment.Queue, RelatedId: assignment.AgentId));
    }

    private void ChangeState(CaseState to, string reason, DateTimeOffset at)
    {
        var from = State;
        State = to;
        UpdatedAt = at;
        TrackClosure(to, at);
        if (holds.Count > 0 && CaseStateMachine.IsFinished(to))
        {
            holds.Clear();
            StateBeforeHold = null;
        }

        Record(at, TimelineEntryKind.StateChanged, $"State {from} → {to} ({reason})", new TimelineDetail((int)from, (int)to, reason));
        pendingEvents.Add(new CaseStateChangedEvent(Id, from, to, reason, at));
    }
}
