namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>What kind of thing happened on a case.</summary>
public enum TimelineEntryKind
{
    Opened = 1,
    BalancesUpdated = 2,
    BucketChanged = 3,
    StateChanged = 4,
    PaymentPosted = 5,
    HoldPlaced = 6,
    HoldLifted = 7,
    Assigned = 8,
    PlanActivated = 9,
    PlanCompleted = 10,
    PlanBroken = 11,
    PromiseKept = 12,
    PromiseBroken = 13,
    Closed = 14,
}
