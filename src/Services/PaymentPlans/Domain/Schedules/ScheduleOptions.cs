using CollectionsPlatform.Domain;

namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>The type-specific choices of a plan: deferral months and interest treatment, the step-up first
/// payment as a share of the annuity payment, and the settlement discount (or the exact amount to settle for).</summary>
public sealed record ScheduleOptions(
    int DeferralMonths, DeferralInterest DeferralInterest, decimal StepUpFirstPaymentShare, decimal SettlementDiscountRate,
    Money? SettlementAmount = null)
{
    public static ScheduleOptions From(PlanPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(policy.DeferralMonths, DeferralInterest.Accrue, policy.StepUpFirstPaymentShare, policy.DefaultSettlementDiscount);
    }
}
