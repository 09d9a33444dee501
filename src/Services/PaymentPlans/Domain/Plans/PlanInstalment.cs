using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>A scheduled instalment with what has been paid towards it.</summary>
public sealed record PlanInstalment(ScheduledInstalment Scheduled, Money Paid, InstalmentStatus Status)
{
    public Money Outstanding => Scheduled.Amount - Paid;

    public bool IsPaid => Status == InstalmentStatus.Paid;
}
