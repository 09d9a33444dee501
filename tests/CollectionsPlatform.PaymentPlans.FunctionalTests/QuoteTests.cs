using Collections.PaymentPlans.V1;
using Grpc.Core;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

public sealed class QuoteTests(PlansHostFixture host)
{
    [Fact]
    public async Task Five_schedule_types_are_quoted_side_by_side_and_each_sums_exactly()
    {
        var caseName = await host.Cases.OpenCaseAsync();
        var assessment = await host.Plans.AssessAsync(caseName);

        var response = await host.Plans.QuotePaymentPlansAsync(new QuotePaymentPlansRequest
        {
            Parent = caseName,
            Amount = Requests.Money(12_000m),
            TermMonths = 24,
            AnnualInterestRateBps = 1_000,
            FirstDueDate = Requests.Date(Requests.Today.AddDays(10)),
            AffordabilityAssessment = assessment.Name,
        });

        response.Quotes.Select(q => q.Terms.Type).ShouldBe(
            [PlanType.EqualInstalment, PlanType.EqualPrincipal, PlanType.StepUp, PlanType.Deferral, PlanType.Settlement]);
        foreach (var quote in response.Quotes)
        {
            quote.InfeasibleReason.ShouldBeEmpty();
            var schedule = quote.Schedule;
            schedule.Instalments.Sum(i => i.Amount.Amount()).ShouldBe(schedule.TotalPaid.Amount());
            schedule.Instalments.Sum(i => i.Interest.Amount()).ShouldBeLessThanOrEqualTo(schedule.TotalInterest.Amount());
            schedule.Instalments.ShouldAllBe(i => i.Amount.Amount() == i.Principal.Amount() + i.Interest.Amount());
            schedule.Instalments.ShouldAllBe(i => decimal.Round(i.Amount.Amount(), 2) == i.Amount.Amount());
            schedule.Instalments[^1].RemainingPrincipal.Amount().ShouldBe(0m);
        }

        var annuity = response.Quotes[0].Schedule.Instalments;
        annuity.Take(annuity.Count - 1).Select(i => i.Amount.Amount()).Distinct().Count().ShouldBe(1);
        response.Quotes[0].WithinAffordability.ShouldBeTrue();
        response.Quotes[4].Schedule.TotalPaid.Amount().ShouldBeLessThan(12_000m);
    }

    [Fact]
    public async Task Without_an_amount_the_quote_covers_the_case_balance()
    {
        var caseName = await host.Cases.OpenCaseAsync();

        var response = await host.Plans.QuotePaymentPlansAsync(new QuotePaymentPlansRequest { Parent = caseName, TermMonths = 6 });

        response.Quotes[0].Schedule.TotalPrincipal.Amount().ShouldBe(12_350.5m);
        response.Quotes[0].ApprovalReasons.ShouldContain(ApprovalReason.NoAffordabilityAssessment);
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        var error = await Should.ThrowAsync<RpcException>(async () => await host.Plans.QuotePaymentPlansAsync(
            new QuotePaymentPlansRequest { Parent = $"cases/{Guid.NewGuid()}", Amount = Requests.Money(100m), TermMonths = 6 }));

        error.StatusCode.ShouldBe(StatusCode.NotFound);
        error.Reason().ShouldBe("CASE_NOT_FOUND");
    }

    [Theory]
    [InlineData(0, "CNY", 12, 0, "AMOUNT_NOT_POSITIVE", "amount")]
    [InlineData(-5, "CNY", 12, 0, "AMOUNT_NOT_POSITIVE", "amount")]
    [InlineData(100, "XYZ", 12, 0, "UNKNOWN_CURRENCY", "amount.currency_code")]
    [InlineData(100, "CNY", 61, 0, "PLAN_TERM_TOO_LONG", "term_months")]
    [InlineData(100, "CNY", 12, -1, "FIRST_DUE_DATE_IN_PAST", "first_due_date")]
    public async Task Bad_terms_are_invalid_argument_with_a_stable_reason_and_field(
        int amount, string currency, int term, int firstDueInDays, string reason, string field)
    {
        var caseName = await host.Cases.OpenCaseAsync();

        var error = await Should.ThrowAsync<RpcException>(async () => await host.Plans.QuotePaymentPlansAsync(new QuotePaymentPlansRequest
        {
            Parent = caseName,
            Amount = Requests.Money(amount, currency),
            TermMonths = term,
            FirstDueDate = Requests.Date(Requests.Today.AddDays(firstDueInDays)),
        }));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Reason().ShouldBe(reason);
        error.Fields().ShouldContain(field);
    }

    [Fact]
    public async Task An_amount_in_another_currency_than_the_case_is_currency_mismatch()
    {
        var caseName = await host.Cases.OpenCaseAsync();

        var error = await Should.ThrowAsync<RpcException>(async () => await host.Plans.QuotePaymentPlansAsync(
            new QuotePaymentPlansRequest { Parent = caseName, Amount = Requests.Money(100m, "USD"), TermMonths = 6 }));

        error.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        error.Reason().ShouldBe("CURRENCY_MISMATCH");
    }

    [Fact]
    public async Task An_amount_above_the_balance_is_refused()
    {
        var caseName = await host.Cases.OpenCaseAsync();

        var error = await Should.ThrowAsync<RpcException>(async () => await host.Plans.QuotePaymentPlansAsync(
            new QuotePaymentPlansRequest { Parent = caseName, Amount = Requests.Money(20_000m), TermMonths = 6 }));

        error.Reason().ShouldBe("AMOUNT_ABOVE_BALANCE");
    }
}
