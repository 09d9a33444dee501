using System.Net;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>Each gRPC failure a service can return, as the REST client sees it (through GET …/summary, backed by a
/// scripted CaseService): status code, stable reason, details carried over, nothing internal leaked.</summary>
public sealed class StatusMappingTests(ScriptedBackendFixture backend) : IClassFixture<ScriptedBackendFixture>
{
    public static TheoryData<string, HttpStatusCode, string> Failures => new()
    {
        { "invalid", HttpStatusCode.BadRequest, "CURRENCY_MISMATCH" },
        { "exists", HttpStatusCode.Conflict, "REQUEST_ID_REUSED" },
        { "on-hold", HttpStatusCode.Conflict, "CASE_ON_HOLD" },
        { "stale", HttpStatusCode.PreconditionFailed, "ETAG_MISMATCH" },
        { "aborted", HttpStatusCode.Conflict, "CONCURRENT_CHANGE" },
        { "crash", HttpStatusCode.BadGateway, "BACKEND_ERROR" },
        { "slow", HttpStatusCode.GatewayTimeout, "BACKEND_ERROR" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Grpc_failure_maps_to_its_http_status_and_reason(string caseId, HttpStatusCode status, string reason)
    {
        var response = await backend.Api.GetApiAsync($"/api/v1/cases/{caseId}/summary");

        response.Status.ShouldBe(status, response.ToString());
        response.MediaType.ShouldBe("application/problem+json");
        response.Reason.ShouldBe(reason);
        response.Json.ToJsonString().ShouldNotContain("secret");
        response.Json.ToJsonString().ShouldNotContain("ACC-123");
    }

    [Fact]
    public async Task Bad_request_field_violations_are_carried_over_camel_cased()
    {
        var response = await backend.Api.GetApiAsync("/api/v1/cases/invalid/summary");

        response.Status.ShouldBe(HttpStatusCode.BadRequest, response.ToString());
        response.ErrorFields.ShouldBe(["balances.total.currencyCode"]);
        response.Domain.ShouldBe("collections.cases.v1");
        response.Json["grpcStatus"]!.GetValue<string>().ShouldBe("InvalidArgument");
    }

    [Fact]
    public async Task Precondition_failures_list_their_violations()
    {
        var response = await backend.Api.GetApiAsync("/api/v1/cases/on-hold/summary");

        response.Status.ShouldBe(HttpStatusCode.Conflict, response.ToString());
        response.Json["violations"]!.AsArray()[0]!["type"]!.GetValue<string>().ShouldBe("STATE");
    }

    [Fact]
    public async Task The_callers_correlation_id_reaches_the_service_and_comes_back()
    {
        var response = await backend.Api.GetApiAsync("/api/v1/cases/fine/summary", correlationId: "corr-forwarded-1");

        response.Status.ShouldBe(HttpStatusCode.OK, response.ToString());
        response.CorrelationId.ShouldBe("corr-forwarded-1");
        backend.CorrelationIds["fine"].ShouldBe("corr-forwarded-1");
    }
}
