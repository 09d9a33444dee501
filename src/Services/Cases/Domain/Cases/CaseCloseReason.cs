namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>Why a case left collection.</summary>
public enum CaseCloseReason
{
    PaidInFull = 1,
    Settled = 2,
    WrittenOff = 3,
    Cured = 4,
    Recalled = 5,
    DebtNotOwed = 6,
}
