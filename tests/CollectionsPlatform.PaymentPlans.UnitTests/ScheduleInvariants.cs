using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

/// <summary>The invariants every schedule satisfies, asserted with the inputs in the message.</summary>
internal static class ScheduleInvariants
{
    public static void Check(RepaymentSchedule schedule, string inputs)
    {
        var currency = schedule.Currency;
        schedule.Term.ShouldBeInRange(1, PlanLimits.MaxTermMonths, inputs);
        (schedule.Term + schedule.DeferralMonths).ShouldBeLessThanOrEqualTo(PlanLimits.MaxTermMonths, inputs);
        var principalParts = Money.Sum(schedule.Instalments.Select(i => i.Principal), currency);
        principalParts.ShouldBe(schedule.Principal + schedule.CapitalisedInterest - schedule.Discount, inputs);
        schedule.TotalPaid.ShouldBe(schedule.Principal + schedule.TotalInterest - schedule.Discount, inputs);
        var previousBalance = schedule.Principal + schedule.CapitalisedInterest;
        var previousDue = DateOnly.MinValue;
        foreach (var instalment in schedule.Instalments)
        {
            instalment.Amount.ShouldBe(instalment.Principal + instalment.Interest, inputs);
            instalment.Amount.IsPositive.ShouldBeTrue(inputs);
            instalment.Principal.IsNegative.ShouldBeFalse(inputs);
            instalment.Interest.IsNegative.ShouldBeFalse(inputs);
            decimal.Round(instalment.Amount.Amount, currency.MinorUnits).ShouldBe(instalment.Amount.Amount, inputs);
            instalment.BalanceAfter.ShouldBeLessThanOrEqualTo(previousBalance, inputs);
            instalment.DueDate.ShouldBeGreaterThan(previousDue, inputs);
            previousBalance = instalment.BalanceAfter;
            previousDue = instalment.DueDate;
        }

        schedule.Instalments[^1].BalanceAfter.IsZero.ShouldBeTrue(inputs);
    }
}
