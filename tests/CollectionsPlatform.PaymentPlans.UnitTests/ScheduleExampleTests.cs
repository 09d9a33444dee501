using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

/// <summary>Worked examples a collector could check by hand.</summary>
public sealed class ScheduleExampleTests
{
    private static readonly DateOnly FirstDue = new(2026, 12, 31);

    [Fact]
    public void Annuity_of_ten_thousand_over_twelve_months_at_one_percent_pays_888_49()
    {
        var schedule = EqualInstalmentSchedule.Build(new ScheduleTerms(TestData.Cny(10_000m), 0.01m, 12, FirstDue));

        schedule.Instalments[0].Amount.ShouldBe(TestData.Cny(888.49m));
        schedule.Instalments[0].Interest.ShouldBe(TestData.Cny(100.00m));
        schedule.Instalments[0].Principal.ShouldBe(TestData.Cny(788.49m));
        schedule.TotalPaid.ShouldBe(TestData.Cny(10_000m) + schedule.TotalInterest);
    }

    [Fact]
    public void Zero_rate_annuity_splits_the_balance_and_the_last_instalment_absorbs_the_remainder()
    {
        var schedule = EqualInstalmentSchedule.Build(new ScheduleTerms(TestData.Cny(100m), 0m, 3, FirstDue));

        schedule.Instalments.Select(i => i.Amount.Amount).ShouldBe([33.33m, 33.33m, 33.34m]);
        schedule.TotalInterest.IsZero.ShouldBeTrue();
    }

    [Fact]
    public void Equal_principal_charges_interest_on_the_outstanding_balance()
    {
        var schedule = EqualPrincipalSchedule.Build(new ScheduleTerms(TestData.Cny(1_200m), 0.01m, 3, FirstDue));

        schedule.Instalments.Select(i => i.Amount.Amount).ShouldBe([412m, 408m, 404m]);
    }

    [Fact]
    public void Due_dates_are_monthly_and_keep_the_day_of_month_after_a_short_month()
    {
        var schedule = EqualInstalmentSchedule.Build(new ScheduleTerms(TestData.Cny(3_000m), 0m, 3, new DateOnly(2027, 1, 31)));

        schedule.Instalments.Select(i => i.DueDate).ShouldBe([new(2027, 1, 31), new(2027, 2, 28), new(2027, 3, 31)]);
    }

    [Theory]
    [InlineData(61, "TERM_EXCEEDS_MAXIMUM")]
    [InlineData(0, "TERM_NOT_POSITIVE")]
    public void Terms_outside_one_to_sixty_months_are_rejected(int term, string reason)
    {
        var error = Should.Throw<DomainException>(() => new ScheduleTerms(TestData.Cny(1_000m), 0.01m, term, FirstDue));

        error.Reason.ShouldBe(reason);
    }

    [Fact]
    public void Sixty_months_is_allowed()
    {
        EqualInstalmentSchedule.Build(new ScheduleTerms(TestData.Cny(1_000m), 0.01m, 60, FirstDue)).Term.ShouldBe(60);
    }

    [Fact]
    public void A_deferral_that_would_run_past_sixty_months_is_rejected()
    {
        var terms = new ScheduleTerms(TestData.Cny(1_000m), 0.01m, 58, FirstDue);

        Should.Throw<DomainException>(() => DeferralSchedule.Build(terms, 3, DeferralInterest.Accrue)).Reason.ShouldBe("TERM_EXCEEDS_MAXIMUM");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Zero_or_negative_amounts_are_rejected(decimal amount)
    {
        Should.Throw<DomainException>(() => new ScheduleTerms(TestData.Cny(amount), 0.01m, 12, FirstDue)).Reason.ShouldBe("AMOUNT_NOT_POSITIVE");
    }

    [Fact]
    public void An_amount_too_small_for_the_term_is_rejected_rather_than_scheduling_empty_instalments()
    {
        var terms = new ScheduleTerms(TestData.Cny(0.30m), 0m, 60, FirstDue);

        Should.Throw<DomainException>(() => EqualInstalmentSchedule.Build(terms)).Reason.ShouldBe("INSTALMENT_BELOW_MINOR_UNIT");
        Should.Throw<DomainException>(() => EqualPrincipalSchedule.Build(terms)).Reason.ShouldBe("INSTALMENT_BELOW_MINOR_UNIT");
    }

    [Fact]
    public void Power_by_squaring_matches_repeated_multiplication_to_twenty_four_places()
    {
        var expected = 1m;
        for (var n = 0; n <= 60; n++)
        {
            Math.Abs(DecimalMath.Pow(1.0125m, n) - expected).ShouldBeLessThan(1e-24m, $"n={n}");
            expected *= 1.0125m;
        }
    }
}
