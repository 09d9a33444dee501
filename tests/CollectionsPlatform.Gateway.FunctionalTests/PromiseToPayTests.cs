using System.Net;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>POST /api/v1/cases/{caseId}/promises-to-pay through PaymentPlanService.CreatePromiseToPay.</summary>
public sealed class PromiseToPayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_promise_is_created_pending_and_shows_in_the_summary()
    {
        platform.RequirePaymentPlans();
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue());

        var created = await platform.Api.PostApiAsync($"/api/v1/cases/{caseId}/promises-to-pay",
            new { amount = GatewayApi.Money("500.00"), promiseDate = GatewayApi.Date(7), requestId = Guid.NewGuid().ToString("N") });

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Json["state"]!.GetValue<string>().ShouldBe("PENDING");
        created.Json["amount"]!["amount"]!.GetValue<string>().ShouldBe("500.00");
        created.Json["promiseDate"]!.GetValue<string>().ShouldBe(GatewayApi.Date(7));
        created.Location.ShouldBe($"/api/v1/cases/{caseId}/promises-to-pay/{created.Json["promiseId"]}");
        var summary = await platform.Api.GetApiAsync($"/api/v1/cases/{caseId}/summary");
        summary.Json["pendingPromise"]!["promiseId"]!.GetValue<string>().ShouldBe(created.Json["promiseId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_promise_dated_in_the_past_is_the_services_400()
    {
        platform.RequirePaymentPlans();
        var caseId = await platform.Cases.OpenAsync(OpenCases.NewQueue());

        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{caseId}/promises-to-pay", new { amount = GatewayApi.Money("500.00"), promiseDate = GatewayApi.Date(-2) });

        response.Status.ShouldBe(HttpStatusCode.BadRequest, response.ToString());
        response.Reason.ShouldBe("PROMISE_DATE_IN_PAST");
        response.Domain.ShouldBe("collections.paymentplans.v1");
    }

    [Fact]
    public async Task Missing_amount_and_an_impossible_date_are_400_at_the_edge()
    {
        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{Guid.NewGuid()}/promises-to-pay", new { promiseDate = "2026-13-01" });

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Reason.ShouldBe("FIELD_REQUIRED");
        response.ErrorFields.ShouldBe(["amount", "promiseDate"], ignoreOrder: true);
    }
}
