using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Strategy;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class CommitmentTests
{
    private static readonly DateTimeOffset Later = CaseBuilder.Now.AddDays(1);

    [Fact]
    public void An_activated_plan_moves_the_case_to_plan_active_and_announces_it()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.DequeueEvents();
        var planId = Guid.NewGuid();

        collectionCase.ActivatePlan(planId, Later);

        collectionCase.State.ShouldBe(CaseState.PlanActive);
        collectionCase.Commitments.ShouldBe(new CaseCommitments(planId, PlanState.Active, PromiseState.None, 0));
        collectionCase.DequeueEvents().ShouldHaveSingleItem().ShouldBe(new CaseStateChangedEvent(collectionCase.Id, CaseState.Open, CaseState.PlanActive, "plan_activated", Later));
        collectionCase.Timeline.Select(t => t.Kind).ShouldContain(TimelineEntryKind.PlanActivated);
    }

    [Fact]
    public void A_plan_activated_while_on_hold_is_resumed_when_the_hold_is_lifted()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.PlaceHold(new CaseHold("H-1", "dispute", "complaints/1", CaseBuilder.Now));

        collectionCase.ActivatePlan(Guid.NewGuid(), Later);
        collectionCase.State.ShouldBe(CaseState.OnHold);
        collectionCase.LiftHold("H-1", Later);

        collectionCase.State.ShouldBe(CaseState.PlanActive);
    }

    [Fact]
    public void A_broken_plan_returns_to_in_contact_and_a_completed_plan_cures()
    {
        var broken = CaseBuilder.OpenCase();
        var completed = CaseBuilder.OpenCase();
        var (brokenPlan, completedPlan) = (Guid.NewGuid(), Guid.NewGuid());
        broken.ActivatePlan(brokenPlan, CaseBuilder.Now);
        completed.ActivatePlan(completedPlan, CaseBuilder.Now);

        broken.BreakPlan(brokenPlan, Later);
        completed.CompletePlan(completedPlan, Later);

        broken.State.ShouldBe(CaseState.InContact);
        broken.Commitments.Plan.ShouldBe(PlanState.Broken);
        completed.State.ShouldBe(CaseState.Cured);
        completed.CloseReason.ShouldBe(CaseCloseReason.Cured);
        completed.ClosedAt.ShouldBe(Later);
    }

    [Fact]
    public void An_event_for_another_plan_is_refused_and_changes_nothing()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.ActivatePlan(Guid.NewGuid(), CaseBuilder.Now);

        Should.Throw<DomainException>(() => collectionCase.BreakPlan(Guid.NewGuid(), Later)).Reason.ShouldBe("PLAN_NOT_CURRENT");

        collectionCase.State.ShouldBe(CaseState.PlanActive);
        collectionCase.Commitments.Plan.ShouldBe(PlanState.Active);
    }

    [Fact]
    public void Broken_promises_are_counted_and_a_promised_case_goes_back_to_in_contact()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.MoveTo(CaseState.Promised, "promise_made", CaseBuilder.Now);

        collectionCase.BreakPromise(Guid.NewGuid(), Later);
        collectionCase.BreakPromise(Guid.NewGuid(), Later);

        collectionCase.State.ShouldBe(CaseState.InContact);
        collectionCase.Commitments.Promise.ShouldBe(PromiseState.Broken);
        collectionCase.Commitments.BrokenPromises.ShouldBe(2);
    }

    [Theory]
    [InlineData(CaseCloseReason.Settled, CaseState.Settled)]
    [InlineData(CaseCloseReason.WrittenOff, CaseState.WrittenOff)]
    [InlineData(CaseCloseReason.Recalled, CaseState.Closed)]
    [InlineData(CaseCloseReason.DebtNotOwed, CaseState.Closed)]
    public void Closing_moves_to_the_reason_s_state_and_a_second_close_is_refused(CaseCloseReason reason, CaseState state)
    {
        var collectionCase = CaseBuilder.OpenCase();

        collectionCase.Close(reason, Later);

        collectionCase.State.ShouldBe(state);
        collectionCase.CloseReason.ShouldBe(reason);
        collectionCase.ClosedAt.ShouldBe(Later);
        Should.Throw<DomainException>(() => collectionCase.Close(CaseCloseReason.Recalled, Later)).Reason.ShouldBe("CASE_FINISHED");
    }

    [Fact]
    public void A_case_on_hold_can_be_closed_and_the_hold_ends_with_it()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.PlaceHold(new CaseHold("H-1", "dispute", "complaints/1", CaseBuilder.Now));

        collectionCase.Close(CaseCloseReason.DebtNotOwed, Later);

        collectionCase.State.ShouldBe(CaseState.Closed);
        collectionCase.Hold.ShouldBeNull();
    }

    [Fact]
    public void A_cured_case_cannot_be_settled_and_a_reopened_case_forgets_its_closing()
    {
        var collectionCase = CaseBuilder.OpenCase(daysPastDue: 20);
        collectionCase.ApplyDelinquency(CaseBuilder.Balances(500m), 0, CaseBuilder.Now);
        collectionCase.CloseReason.ShouldBe(CaseCloseReason.Cured);

        Should.Throw<DomainException>(() => collectionCase.Close(CaseCloseReason.Settled, Later)).Reason.ShouldBe("CASE_STATE_TRANSITION_INVALID");
        collectionCase.ApplyDelinquency(CaseBuilder.Balances(600m), 5, Later);

        collectionCase.State.ShouldBe(CaseState.Open);
        collectionCase.CloseReason.ShouldBeNull();
        collectionCase.ClosedAt.ShouldBeNull();
    }
}
