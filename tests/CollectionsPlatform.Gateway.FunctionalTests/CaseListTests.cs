using System.Net;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>GET /api/v1/cases: a collector's case list through CaseService.ListCases.</summary>
public sealed class CaseListTests(PlatformFixture platform)
{
    [Fact]
    public async Task Lists_the_cases_of_a_queue_as_camel_case_json_with_exact_money_and_enum_names()
    {
        var queue = OpenCases.NewQueue();
        var first = await platform.Cases.OpenAsync(queue, daysPastDue: 45);
        var second = await platform.Cases.OpenAsync(queue, daysPastDue: 10);

        var response = await platform.Api.GetApiAsync($"/api/v1/cases?queue={queue}");

        response.Status.ShouldBe(HttpStatusCode.OK, response.ToString());
        var cases = response.Json["cases"]!.AsArray();
        cases.Select(c => c!["caseId"]!.GetValue<string>()).ShouldBe([second, first], ignoreOrder: true);
        var m2 = cases.Single(c => c!["caseId"]!.GetValue<string>() == first)!;
        m2["bucket"]!.GetValue<string>().ShouldBe("M2");
        m2["state"]!.GetValue<string>().ShouldBe("OPEN");
        m2["product"]!.GetValue<string>().ShouldBe("CREDIT_CARD");
        m2["daysPastDue"]!.GetValue<int>().ShouldBe(45);
        m2["queue"]!.GetValue<string>().ShouldBe(queue);
        m2["totalBalance"]!["currencyCode"]!.GetValue<string>().ShouldBe("CNY");
        m2["totalBalance"]!["amount"]!.GetValue<string>().ShouldBe("12350.50");
        response.Json["nextPageToken"].ShouldBeNull();
    }

    [Fact]
    public async Task Filters_by_bucket_and_pages_with_the_next_page_token()
    {
        var queue = OpenCases.NewQueue();
        var m1Cases = new[] { await platform.Cases.OpenAsync(queue, daysPastDue: 5), await platform.Cases.OpenAsync(queue, daysPastDue: 20) };
        await platform.Cases.OpenAsync(queue, daysPastDue: 75);

        var page1 = await platform.Api.GetApiAsync($"/api/v1/cases?queue={queue}&bucket=M1&pageSize=1");
        page1.Status.ShouldBe(HttpStatusCode.OK, page1.ToString());
        var token = page1.Json["nextPageToken"]!.GetValue<string>();
        var page2 = await platform.Api.GetApiAsync($"/api/v1/cases?queue={queue}&bucket=M1&pageSize=1&pageToken={Uri.EscapeDataString(token)}");

        page2.Status.ShouldBe(HttpStatusCode.OK, page2.ToString());
        var ids = page1.Json["cases"]!.AsArray().Concat(page2.Json["cases"]!.AsArray()).Select(c => c!["caseId"]!.GetValue<string>());
        ids.ShouldBe(m1Cases, ignoreOrder: true);
        page2.Json["nextPageToken"].ShouldBeNull();
    }

    [Fact]
    public async Task Unknown_state_and_page_size_out_of_range_are_400_with_field_errors_and_a_reason()
    {
        var response = await platform.Api.GetApiAsync("/api/v1/cases?state=PAID_UP&pageSize=501");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.MediaType.ShouldBe("application/problem+json");
        response.ErrorFields.ShouldBe(["pageSize", "state"], ignoreOrder: true);
        response.Reason.ShouldBe("VALUE_OUT_OF_RANGE");
        response.Domain.ShouldBe("collections.gateway.v1");
    }

    [Fact]
    public async Task A_malformed_page_token_is_the_services_400_with_its_reason()
    {
        var response = await platform.Api.GetApiAsync("/api/v1/cases?pageToken=not-a-token");

        response.Status.ShouldBe(HttpStatusCode.BadRequest, response.ToString());
        response.Reason.ShouldBe("INVALID_PAGE_TOKEN");
        response.Domain.ShouldBe("collections.cases.v1");
        response.ErrorFields.ShouldContain("pageToken");
    }
}
