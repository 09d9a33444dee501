namespace CollectionsPlatform.PaymentPlans.Domain.Promises;

/// <summary>Pending until paid in full (kept) or until the grace days run out (partial or broken).</summary>
public enum PromiseStatus
{
    Pending = 1,
    Kept = 2,
    Partial = 3,
    Broken = 4,
    Cancelled = 5,
}
