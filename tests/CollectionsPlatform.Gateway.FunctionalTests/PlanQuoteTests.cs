using System.Globalization;
using System.Net;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>POST /api/v1/cases/{caseId}/plan-quotes: the five schedule types side by side (CaseService.GetCase +
/// PaymentPlanService.QuotePaymentPlans).</summary>
public sealed class PlanQuoteTests(PlatformFixture platform)
{
    [Fact]
    public async Task Quotes_the_five_schedule_types_with_exact_schedules_beside_the_balance()
    {
        platform.RequirePaymentPlans();
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue());

        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{caseId}/plan-quotes", new
        {
            amount = GatewayApi.Money("12000.00"),
            termMonths = 12,
            firstDueDate = GatewayApi.Date(30),
            annualInterestRateBps = 1200,
        });

        response.Status.ShouldBe(HttpStatusCode.OK, response.ToString());
        response.Json["balance"]!["amount"]!.GetValue<string>().ShouldBe("12350.50");
        var quotes = response.Json["quotes"]!.AsArray();
        quotes.Select(q => q!["type"]!.GetValue<string>()).ShouldBe(["EQUAL_INSTALMENT", "EQUAL_PRINCIPAL", "STEP_UP", "DEFERRAL", "SETTLEMENT"]);
        foreach (var schedule in quotes.Select(q => q!["schedule"]).OfType<System.Text.Json.Nodes.JsonNode>())
        {
            var instalments = schedule["instalments"]!.AsArray();
            instalments.Sum(i => Amount(i!["amount"]!)).ShouldBe(Amount(schedule["totalPaid"]!));
            instalments[0]!["dueDate"]!.GetValue<string>().ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
        }

        quotes[0]!["schedule"]!["instalments"]!.AsArray().Count.ShouldBe(12);
    }

    [Fact]
    public async Task A_term_over_60_months_is_400_plan_term_too_long_at_the_edge()
    {
        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{Guid.NewGuid()}/plan-quotes", new { termMonths = 61, firstDueDate = GatewayApi.Date(30) });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Reason.ShouldBe("PLAN_TERM_TOO_LONG");
        response.ErrorFields.ShouldBe(["termMonths"]);
    }

    [Fact]
    public async Task Negative_amount_unknown_currency_and_a_bad_date_are_all_reported_by_field()
    {
        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{Guid.NewGuid()}/plan-quotes", new
        {
            amount = new { currencyCode = "yuan", amount = "-5" },
            termMonths = 12,
            firstDueDate = "23/12/2026",
        });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.ErrorFields.ShouldBe(["amount.currencyCode", "amount.amount", "firstDueDate"], ignoreOrder: true);
        response.Reason.ShouldBe("UNKNOWN_CURRENCY");
        response.Json.ToJsonString().ShouldNotContain("yuan");
    }

    [Fact]
    public async Task Unknown_case_is_404()
    {
        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{Guid.NewGuid()}/plan-quotes", new { termMonths = 12, firstDueDate = GatewayApi.Date(30) });

        response.Status.ShouldBe(HttpStatusCode.NotFound, response.ToString());
        response.Reason.ShouldBe("CASE_NOT_FOUND");
    }

    [Fact]
    public async Task The_services_refusals_carry_their_reason_and_field_violations()
    {
        platform.RequirePaymentPlans();
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue());

        var otherCurrency = await platform.Api.PostApiAsync($"/api/v1/cases/{caseId}/plan-quotes", new { amount = GatewayApi.Money("100.00", "USD"), termMonths = 12, firstDueDate = GatewayApi.Date(30) });
        var pastDate = await platform.Api.PostApiAsync($"/api/v1/cases/{caseId}/plan-quotes", new { termMonths = 12, firstDueDate = GatewayApi.Date(-3) });

        otherCurrency.Status.ShouldBe(HttpStatusCode.BadRequest, otherCurrency.ToString());
        otherCurrency.Reason.ShouldBe("CURRENCY_MISMATCH");
        otherCurrency.Domain.ShouldBe("collections.paymentplans.v1");
        otherCurrency.ErrorFields.ShouldNotBeEmpty();
        pastDate.Status.ShouldBe(HttpStatusCode.BadRequest, pastDate.ToString());
        pastDate.Reason.ShouldBe("FIRST_DUE_DATE_IN_PAST");
    }

    private static decimal Amount(System.Text.Json.Nodes.JsonNode money) =>
        decimal.Parse(money["amount"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
