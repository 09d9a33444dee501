using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>The part of a payment applied to one instalment, and whether that paid it in full.</summary>
public sealed record InstalmentAllocation(int InstalmentNumber, Money Amount, bool InstalmentPaid);
