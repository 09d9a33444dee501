using System.Net;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>GET /api/v1/cases/{caseId}/summary: a debtor's case summary through CaseService.GetCase and the plans service.</summary>
public sealed class CaseSummaryTests(PlatformFixture platform)
{
    [Fact]
    public async Task Summary_has_balances_bucket_state_and_no_plan_or_promise_for_a_new_case()
    {
        platform.RequirePaymentPlans();
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue(), daysPastDue: 95);

        var response = await platform.Api.GetApiAsync($"/api/v1/cases/{caseId}/summary");

        response.Status.ShouldBe(HttpStatusCode.OK, response.ToString());
        var summary = response.Json;
        summary["caseId"]!.GetValue<string>().ShouldBe(caseId);
        summary["currencyCode"]!.GetValue<string>().ShouldBe("CNY");
        summary["balances"]!["principal"]!["amount"]!.GetValue<string>().ShouldBe("12000.00");
        summary["balances"]!["interest"]!["amount"]!.GetValue<string>().ShouldBe("300.50");
        summary["balances"]!["total"]!["amount"]!.GetValue<string>().ShouldBe("12350.50");
        summary["bucket"]!.GetValue<string>().ShouldBe("M4");
        summary["state"]!.GetValue<string>().ShouldBe("OPEN");
        summary["onHold"]!.GetValue<bool>().ShouldBeFalse();
        summary["activePlan"].ShouldBeNull();
        summary["pendingPromise"].ShouldBeNull();
        summary["unavailable"]!.AsArray().ShouldBeEmpty();
        summary["etag"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Unknown_case_is_404_problem_with_the_cases_reason_and_the_correlation_id()
    {
        var response = await platform.Api.GetApiAsync($"/api/v1/cases/{Guid.NewGuid()}/summary", correlationId: "summary-404-test");

        response.Status.ShouldBe(HttpStatusCode.NotFound, response.ToString());
        response.MediaType.ShouldBe("application/problem+json");
        response.Reason.ShouldBe("CASE_NOT_FOUND");
        response.Domain.ShouldBe("collections.cases.v1");
        response.CorrelationId.ShouldBe("summary-404-test");
        response.Json["correlationId"]!.GetValue<string>().ShouldBe("summary-404-test");
    }

    [Fact]
    public async Task A_case_id_with_characters_no_resource_name_has_is_400_at_the_edge()
    {
        var response = await platform.Api.GetApiAsync("/api/v1/cases/bad%24id/summary");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Reason.ShouldBe("INVALID_RESOURCE_ID");
        response.ErrorFields.ShouldBe(["caseId"]);
    }

    [Fact]
    public async Task Summary_names_the_sections_it_could_not_read_while_payment_plans_is_down()
    {
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue(), daysPastDue: 200);
        var dead = PlatformFixture.ClosedPort();
        await using var gateway = await platform.StartGatewayAsync(platform.CasesHttp, platform.CasesGrpc, dead, dead);
        using var http = new HttpClient { BaseAddress = gateway.HttpAddress };

        var response = await http.GetApiAsync($"/api/v1/cases/{caseId}/summary");

        response.Status.ShouldBe(HttpStatusCode.OK, response.ToString());
        response.Json["bucket"]!.GetValue<string>().ShouldBe("M7_PLUS");
        response.Json["balances"]!["total"]!["amount"]!.GetValue<string>().ShouldBe("12350.50");
        response.Json["unavailable"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["activePlan", "pendingPromise"]);
        response.Json["activePlan"].ShouldBeNull();
    }
}
