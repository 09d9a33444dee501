using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Affordability;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

public sealed class AffordabilityTests
{
    private static readonly EvidenceReference[] Evidence = [new("DOC-1", EvidenceType.PaySlip, new DateOnly(2026, 10, 31))];

    [Fact]
    public void Disposable_income_is_income_less_expenses_and_other_debt_and_half_of_it_is_affordable()
    {
        var assessment = new AffordabilityAssessment(TestData.Cny(12_000m), TestData.Cny(5_000m), TestData.Cny(2_000m), 0.5m, Evidence);

        assessment.DisposableIncome.ShouldBe(TestData.Cny(5_000m));
        assessment.LargestAffordableInstalment.ShouldBe(TestData.Cny(2_500m));
        assessment.Evidence.Single().Type.ShouldBe(EvidenceType.PaySlip);
    }

    [Fact]
    public void The_share_is_configurable_and_rounds_down_to_the_minor_unit() =>
        new AffordabilityAssessment(TestData.Cny(1_000.01m), TestData.Cny(0m), TestData.Cny(0m), 0.3m, [])
            .LargestAffordableInstalment.ShouldBe(TestData.Cny(300.00m));

    [Fact]
    public void Outgoings_above_income_leave_nothing_affordable()
    {
        var assessment = new AffordabilityAssessment(TestData.Cny(3_000m), TestData.Cny(2_500m), TestData.Cny(1_000m), 0.5m, Evidence);

        assessment.DisposableIncome.ShouldBe(TestData.Cny(-500m));
        assessment.LargestAffordableInstalment.IsZero.ShouldBeTrue();
    }

    [Fact]
    public void Negative_amounts_other_currencies_and_shares_out_of_range_are_refused()
    {
        Should.Throw<DomainException>(() => new AffordabilityAssessment(TestData.Cny(-1m), TestData.Cny(0m), TestData.Cny(0m), 0.5m, [])).Reason.ShouldBe("AMOUNT_NEGATIVE");
        Should.Throw<DomainException>(() => new AffordabilityAssessment(TestData.Cny(1m), new Money(0m, Currency.Usd), TestData.Cny(0m), 0.5m, [])).Reason.ShouldBe("CURRENCY_MISMATCH");
        Should.Throw<DomainException>(() => new AffordabilityAssessment(TestData.Cny(1m), TestData.Cny(0m), TestData.Cny(0m), 1.5m, [])).Reason.ShouldBe("AFFORDABLE_SHARE_OUT_OF_RANGE");
    }
}
