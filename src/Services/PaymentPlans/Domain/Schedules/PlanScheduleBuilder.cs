using CollectionsPlatform.Domain;

namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Builds the one schedule of a chosen plan type from the terms and the type's options.</summary>
public static class PlanScheduleBuilder
{
    public static RepaymentSchedule Build(PlanType type, ScheduleTerms terms, ScheduleOptions options)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(options);
        return type switch
        {
            PlanType.EqualInstalment => EqualInstalmentSchedule.Build(terms),
            PlanType.EqualPrincipal => EqualPrincipalSchedule.Build(terms),
            PlanType.StepUp => StepUpSchedule.Build(terms, options.StepUpFirstPaymentShare),
            PlanType.Deferral => DeferralSchedule.Build(terms, options.DeferralMonths, options.DeferralInterest),
            PlanType.Settlement => options.SettlementAmount is { } amount
                ? SettlementSchedule.ForAmount(terms.Principal, amount, terms.FirstDueDate)
                : SettlementSchedule.Build(terms.Principal, options.SettlementDiscountRate, terms.FirstDueDate),
            _ => throw new DomainException("PLAN_TYPE_REQUIRED", "The plan type is required.", "terms.type"),
        };
    }

}
