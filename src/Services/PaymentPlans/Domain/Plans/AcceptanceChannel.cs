namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>Where the debtor accepted a plan.</summary>
public enum AcceptanceChannel
{
    MobileApp = 1,
    Web = 2,
    Phone = 3,
    FieldVisit = 4,
    Branch = 5,
    Email = 6,
}
