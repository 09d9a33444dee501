namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>The legal case state transitions. Holds pause any working state and return to it when
/// lifted; cured, settled and written-off cases can only be closed (a cured account that falls
/// delinquent again reopens).</summary>
public static class CaseStateMachine
{
    private static readonly CaseState[] Outcomes = [CaseState.Cured, CaseState.Settled, CaseState.WrittenOff, CaseState.Closed];

    private static readonly Dictionary<CaseState, CaseState[]> Allowed = new()
    {
        [CaseState.Open] = [CaseState.InContact, CaseState.Promised, CaseState.PlanActive, CaseState.OnHold, .. Outcomes],
        [CaseState.InContact] = [CaseState.Promised, CaseState.PlanActive, CaseState.OnHold, .. Outcomes],
        [CaseState.Promised] = [CaseState.InContact, CaseState.PlanActive, CaseState.OnHold, .. Outcomes],
        [CaseState.PlanActive] = [CaseState.InContact, CaseState.OnHold, .. Outcomes],
        [CaseState.OnHold] = [CaseState.Open, CaseState.InContact, CaseState.Promised, CaseState.PlanActive, .. Outcomes],
        [CaseState.Cured] = [CaseState.Open, CaseState.Closed],
        [CaseState.Settled] = [CaseState.Closed],
        [CaseState.WrittenOff] = [CaseState.Closed],
        [CaseState.Closed] = [],
    };

    public static bool CanMove(CaseState from, CaseState to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static bool IsWorking(CaseState state) =>
        state is CaseState.Open or CaseState.InContact or CaseState.Promised or CaseState.PlanActive;

    public static bool IsFinished(CaseState state) =>
        state is CaseState.Settled or CaseState.WrittenOff or CaseState.Closed;
}
