using System.Net;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>Proposing and accepting a plan: POST …/payment-plans and POST …/payment-plans/{planId}:accept.</summary>
public sealed class PlanAcceptanceTests(PlatformFixture platform)
{
    [Fact]
    public async Task Accepted_plan_is_active_with_a_written_confirmation_and_shows_in_the_summary()
    {
        platform.RequirePaymentPlans();
        var (caseId, plan) = await ProposeAsync();

        var accepted = await platform.Api.PostApiAsync($"/api/v1/cases/{caseId}/payment-plans/{plan["planId"]}:accept",
            new { debtorId = "D-1", channel = "MOBILE_APP", etag = plan["etag"]!.GetValue<string>(), requestId = Guid.NewGuid().ToString("N") });

        accepted.Status.ShouldBe(HttpStatusCode.OK, accepted.ToString());
        accepted.Json["state"]!.GetValue<string>().ShouldBe("ACTIVE");
        accepted.Json["acceptance"]!["channel"]!.GetValue<string>().ShouldBe("MOBILE_APP");
        accepted.Json["acceptance"]!["acceptedBy"]!.GetValue<string>().ShouldBe("debtors/D-1");
        accepted.Json["confirmation"]!["sha256"]!.GetValue<string>().Length.ShouldBe(64);
        var summary = await platform.Api.GetApiAsync($"/api/v1/cases/{caseId}/summary");
        summary.Json["activePlan"]!["planId"]!.GetValue<string>().ShouldBe(plan["planId"]!.GetValue<string>());
        summary.Json["activePlan"]!["nextInstalment"]!["sequence"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Accepting_twice_is_409_and_a_stale_etag_is_412()
    {
        platform.RequirePaymentPlans();
        var (caseId, plan) = await ProposeAsync();
        var path = $"/api/v1/cases/{caseId}/payment-plans/{plan["planId"]}:accept";

        var stale = await platform.Api.PostApiAsync(path, new { debtorId = "D-1", channel = "WEB", etag = "stale-etag" });
        var first = await platform.Api.PostApiAsync(path, new { debtorId = "D-1", channel = "WEB" });
        var second = await platform.Api.PostApiAsync(path, new { debtorId = "D-1", channel = "WEB" });

        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed, stale.ToString());
        stale.Reason.ShouldBe("ETAG_MISMATCH");
        first.Status.ShouldBe(HttpStatusCode.OK, first.ToString());
        second.Status.ShouldBe(HttpStatusCode.Conflict, second.ToString());
        second.Reason.ShouldBe("PLAN_ALREADY_ACCEPTED");
    }

    [Fact]
    public async Task Unknown_plan_is_404()
    {
        platform.RequirePaymentPlans();
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue());

        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{caseId}/payment-plans/{Guid.NewGuid()}:accept", new { debtorId = "D-1", channel = "WEB" });

        response.Status.ShouldBe(HttpStatusCode.NotFound, response.ToString());
        response.Reason.ShouldBe("PLAN_NOT_FOUND");
    }

    [Fact]
    public async Task Acceptance_without_who_and_channel_is_400_at_the_edge()
    {
        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{Guid.NewGuid()}/payment-plans/p-1:accept", new { etag = "x" });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Reason.ShouldBe("FIELD_REQUIRED");
        response.ErrorFields.ShouldBe(["debtorId", "channel"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_proposal_of_an_unknown_type_is_400_at_the_edge()
    {
        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{Guid.NewGuid()}/payment-plans",
            new { type = "BALLOON", amount = GatewayApi.Money("100.00"), termMonths = 3, firstDueDate = GatewayApi.Date(10) });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Reason.ShouldBe("INVALID_ENUM_VALUE");
        response.ErrorFields.ShouldBe(["type"]);
    }

    private async Task<(string CaseId, System.Text.Json.Nodes.JsonNode Plan)> ProposeAsync()
    {
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue());
        var assessmentId = await platform.Plans.AssessAsync(caseId);
        var proposed = await platform.Api.PostApiAsync($"/api/v1/cases/{caseId}/payment-plans", new
        {
            type = "EQUAL_INSTALMENT",
            amount = GatewayApi.Money("12350.50"),
            termMonths = 12,
            firstDueDate = GatewayApi.Date(30),
            annualInterestRateBps = 0,
            affordabilityAssessmentId = assessmentId,
            requestId = Guid.NewGuid().ToString("N"),
        });
        proposed.Status.ShouldBe(HttpStatusCode.Created, proposed.ToString());
        proposed.Json["state"]!.GetValue<string>().ShouldBe("PROPOSED");
        proposed.Location.ShouldBe($"/api/v1/cases/{caseId}/payment-plans/{proposed.Json["planId"]}");
        return (caseId, proposed.Json);
    }
}
