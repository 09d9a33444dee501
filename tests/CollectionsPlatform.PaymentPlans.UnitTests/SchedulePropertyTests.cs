using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

/// <summary>Property tests: thousands of seeded random balances, rates and terms per plan type.</summary>
public sealed class SchedulePropertyTests
{
    private const int Cases = 3000;

    [Fact]
    public void Equal_instalment_schedules_sum_exactly_and_pay_the_same_amount_until_the_last()
    {
        foreach (var terms in TestData.RandomTerms(seed: 11, Cases))
        {
            var inputs = Describe(terms);
            var schedule = EqualInstalmentSchedule.Build(terms);
            ScheduleInvariants.Check(schedule, inputs);
            schedule.Term.ShouldBe(terms.TermMonths, inputs);
            var payment = EqualInstalmentSchedule.Payment(terms.Principal, terms.MonthlyRate, terms.TermMonths);
            schedule.Instalments.SkipLast(1).ShouldAllBe(i => i.Amount == payment, inputs);
        }
    }

    [Fact]
    public void Equal_principal_schedules_sum_exactly_and_payments_never_rise()
    {
        foreach (var terms in TestData.RandomTerms(seed: 12, Cases))
        {
            var inputs = Describe(terms);
            var schedule = EqualPrincipalSchedule.Build(terms);
            ScheduleInvariants.Check(schedule, inputs);
            schedule.Term.ShouldBe(terms.TermMonths, inputs);
            for (var i = 1; i < schedule.Term; i++)
                schedule.Instalments[i].Amount.ShouldBeLessThanOrEqualTo(schedule.Instalments[i - 1].Amount, inputs);
            schedule.Instalments.SkipLast(1).Select(i => i.Principal).Distinct().Count().ShouldBeLessThanOrEqualTo(1, inputs);
        }
    }

    [Fact]
    public void Step_up_schedules_sum_exactly_rise_until_the_last_and_finish_within_the_term()
    {
        foreach (var terms in TestData.RandomTerms(seed: 13, Cases, minTerm: 2))
        {
            var inputs = Describe(terms);
            var schedule = StepUpSchedule.Build(terms, 0.6m);
            ScheduleInvariants.Check(schedule, inputs);
            schedule.Term.ShouldBeLessThanOrEqualTo(terms.TermMonths, inputs);
            var regular = schedule.Instalments.SkipLast(1).ToList();
            for (var i = 1; i < regular.Count; i++)
                regular[i].Amount.ShouldBeGreaterThanOrEqualTo(regular[i - 1].Amount, inputs);
        }
    }

    [Theory]
    [InlineData(DeferralInterest.Accrue)]
    [InlineData(DeferralInterest.Frozen)]
    public void Deferral_schedules_sum_exactly_start_k_months_out_and_stay_within_sixty_months(DeferralInterest interest)
    {
        var random = new Random(14);
        foreach (var terms in TestData.RandomTerms(seed: 15, Cases))
        {
            var k = random.Next(1, 13);
            var instalments = Math.Min(terms.TermMonths, PlanLimits.MaxTermMonths - k);
            var shortened = new ScheduleTerms(terms.Principal, terms.MonthlyRate, instalments, terms.FirstDueDate);
            var inputs = $"{Describe(shortened)} k={k} {interest}";
            var schedule = DeferralSchedule.Build(shortened, k, interest);
            ScheduleInvariants.Check(schedule, inputs);
            schedule.FirstDueDate.ShouldBe(terms.FirstDueDate.AddMonths(k), inputs);
            if (interest == DeferralInterest.Frozen || terms.MonthlyRate == 0m)
                schedule.CapitalisedInterest.IsZero.ShouldBeTrue(inputs);
            else
                schedule.CapitalisedInterest.IsPositive.ShouldBeTrue(inputs);
        }
    }

    [Fact]
    public void Settlement_quotes_pay_the_balance_less_the_discount_in_one_instalment()
    {
        var random = new Random(16);
        foreach (var terms in TestData.RandomTerms(seed: 17, Cases))
        {
            var discountRate = random.Next(0, 90) / 100m;
            var inputs = $"{Describe(terms)} discount={discountRate}";
            var schedule = SettlementSchedule.Build(terms.Principal, discountRate, terms.FirstDueDate);
            ScheduleInvariants.Check(schedule, inputs);
            schedule.Term.ShouldBe(1, inputs);
            schedule.Discount.Amount.ShouldBeLessThanOrEqualTo(terms.Principal.Amount * discountRate, inputs);
            (terms.Principal.Amount * discountRate - schedule.Discount.Amount).ShouldBeLessThan(terms.Currency.MinorUnit, inputs);
        }
    }

    private static string Describe(ScheduleTerms terms) =>
        $"P={terms.Principal} r={terms.MonthlyRate} n={terms.TermMonths} first={terms.FirstDueDate:yyyy-MM-dd}";
}
