namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>What happens to interest during a deferral period.</summary>
public enum DeferralInterest
{
    /// <summary>Interest accrues monthly and is added to the balance when instalments start.</summary>
    Accrue = 1,

    /// <summary>No interest is charged for the deferral months.</summary>
    Frozen = 2,
}
