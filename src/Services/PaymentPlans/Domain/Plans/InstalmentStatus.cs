namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>Where one instalment of an active plan stands.</summary>
public enum InstalmentStatus
{
    Pending = 1,
    PartiallyPaid = 2,
    Paid = 3,
    Missed = 4,
}
