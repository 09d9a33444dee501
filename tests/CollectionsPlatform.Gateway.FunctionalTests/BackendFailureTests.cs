using System.Net;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>What clients get when the services cannot answer or the request cannot be read: problem+json, never a bare 500.</summary>
public sealed class BackendFailureTests(PlatformFixture platform)
{
    [Fact]
    public async Task Services_that_are_down_give_503_problems_without_internals()
    {
        var dead = PlatformFixture.ClosedPort();
        await using var gateway = await platform.StartGatewayAsync(dead, dead, dead, dead);
        using var http = new HttpClient { BaseAddress = gateway.HttpAddress };

        var list = await http.GetApiAsync("/api/v1/cases");
        var summary = await http.GetApiAsync($"/api/v1/cases/{Guid.NewGuid()}/summary");

        foreach (var response in new[] { list, summary })
        {
            response.Status.ShouldBe(HttpStatusCode.ServiceUnavailable, response.ToString());
            response.MediaType.ShouldBe("application/problem+json");
            response.Json["grpcStatus"]!.GetValue<string>().ShouldBe("Unavailable");
            response.Json["detail"].ShouldBeNull();
            response.Json.ToJsonString().ShouldNotContain("127.0.0.1");
        }
    }

    [Fact]
    public async Task Malformed_json_is_400_request_malformed()
    {
        var response = await platform.Api.PostApiAsync($"/api/v1/cases/{Guid.NewGuid()}/plan-quotes", "{\"termMonths\": \"twelve\"");

        response.Status.ShouldBe(HttpStatusCode.BadRequest, response.ToString());
        response.MediaType.ShouldBe("application/problem+json");
        response.Reason.ShouldBe("REQUEST_MALFORMED");
        response.CorrelationId.ShouldNotBeNullOrEmpty();
    }
}
