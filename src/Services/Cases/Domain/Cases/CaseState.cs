namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>Where a case stands: open → in contact → promised → plan active → cured / settled /
/// written off / closed; on hold at any active point.</summary>
public enum CaseState
{
    Open = 1,
    InContact = 2,
    Promised = 3,
    PlanActive = 4,
    OnHold = 5,
    Cured = 6,
    Settled = 7,
    WrittenOff = 8,
    Closed = 9,
}
