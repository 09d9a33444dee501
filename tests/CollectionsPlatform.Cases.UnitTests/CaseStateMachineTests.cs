using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class CaseStateMachineTests
{
    [Theory]
    [InlineData(CaseState.Open, CaseState.InContact)]
    [InlineData(CaseState.InContact, CaseState.Promised)]
    [InlineData(CaseState.Promised, CaseState.PlanActive)]
    [InlineData(CaseState.Promised, CaseState.InContact)]
    [InlineData(CaseState.PlanActive, CaseState.Cured)]
    [InlineData(CaseState.PlanActive, CaseState.Settled)]
    [InlineData(CaseState.InContact, CaseState.WrittenOff)]
    [InlineData(CaseState.Settled, CaseState.Closed)]
    [InlineData(CaseState.Cured, CaseState.Open)]
    public void Legal_transitions_are_allowed(CaseState from, CaseState to) => CaseStateMachine.CanMove(from, to).ShouldBeTrue();

    [Theory]
    [InlineData(CaseState.Closed, CaseState.Open)]
    [InlineData(CaseState.Settled, CaseState.InContact)]
    [InlineData(CaseState.WrittenOff, CaseState.PlanActive)]
    [InlineData(CaseState.Cured, CaseState.Promised)]
    [InlineData(CaseState.PlanActive, CaseState.Promised)]
    [InlineData(CaseState.Open, CaseState.Open)]
    public void Illegal_transitions_are_refused(CaseState from, CaseState to) => CaseStateMachine.CanMove(from, to).ShouldBeFalse();

    [Fact]
    public void Closed_is_terminal() =>
        Enum.GetValues<CaseState>().ShouldAllBe(to => !CaseStateMachine.CanMove(CaseState.Closed, to));

    [Fact]
    public void A_random_walk_only_ever_takes_legal_steps_and_a_refused_step_changes_nothing()
    {
        var random = new Random(21);
        var states = Enum.GetValues<CaseState>().Where(s => s != CaseState.OnHold).ToArray();
        for (var walk = 0; walk < 500; walk++)
        {
            var collectionCase = CaseBuilder.OpenCase();
            for (var step = 0; step < 20; step++)
            {
                var from = collectionCase.State;
                var to = states[random.Next(states.Length)];
                var timeline = collectionCase.Timeline.Count;
                if (CaseStateMachine.CanMove(from, to))
                {
                    collectionCase.MoveTo(to, "test", CaseBuilder.Now);
                    collectionCase.State.ShouldBe(to);
                    collectionCase.Timeline[^1].Kind.ShouldBe(TimelineEntryKind.StateChanged);
                }
                else
                {
                    Should.Throw<DomainException>(() => collectionCase.MoveTo(to, "test", CaseBuilder.Now)).Reason.ShouldBe("CASE_STATE_TRANSITION_INVALID");
                    collectionCase.State.ShouldBe(from);
                    collectionCase.Timeline.Count.ShouldBe(timeline);
                }
            }
        }
    }

    [Fact]
    public void A_hold_pauses_the_case_and_lifting_it_returns_to_the_state_before()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.MoveTo(CaseState.Promised, "promise_taken", CaseBuilder.Now);

        collectionCase.PlaceHold(new CaseHold("HOLD-1", "dispute", "complaints", CaseBuilder.Now));

        collectionCase.State.ShouldBe(CaseState.OnHold);
        collectionCase.Hold!.Source.ShouldBe("complaints");
        Should.Throw<DomainException>(() => collectionCase.MoveTo(CaseState.InContact, "call", CaseBuilder.Now)).Reason.ShouldBe("CASE_ON_HOLD");
        collectionCase.LiftHold("HOLD-1", CaseBuilder.Now);
        collectionCase.State.ShouldBe(CaseState.Promised);
        collectionCase.Hold.ShouldBeNull();
    }

    [Fact]
    public void Lifting_a_hold_that_is_not_there_is_refused()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.PlaceHold(new CaseHold("HOLD-1", "dispute", "complaints", CaseBuilder.Now));

        Should.Throw<DomainException>(() => collectionCase.LiftHold("HOLD-2", CaseBuilder.Now)).Reason.ShouldBe("HOLD_NOT_FOUND");
        collectionCase.State.ShouldBe(CaseState.OnHold);
    }
}
