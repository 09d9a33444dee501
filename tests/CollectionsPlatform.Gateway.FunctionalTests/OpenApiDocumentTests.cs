using System.Net;
using System.Text.Json.Nodes;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>GET /openapi/v1.json describes every REST endpoint, its schemas and its error responses.</summary>
public sealed class OpenApiDocumentTests(PlatformFixture platform)
{
    public static TheoryData<string, string, string> Operations => new()
    {
        { "/api/v1/cases", "get", "200" },
        { "/api/v1/cases/{caseId}/summary", "get", "200" },
        { "/api/v1/cases/{caseId}/timeline", "get", "200" },
        { "/api/v1/cases/{caseId}/plan-quotes", "post", "200" },
        { "/api/v1/cases/{caseId}/payment-plans", "post", "201" },
        { "/api/v1/cases/{caseId}/payment-plans/{planId}", "get", "200" },
        { "/api/v1/cases/{caseId}/payment-plans/{planId}:accept", "post", "200" },
        { "/api/v1/cases/{caseId}/promises-to-pay", "post", "201" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Document_describes_the_operation_with_its_success_and_problem_responses(string path, string method, string success)
    {
        var document = await DocumentAsync();

        var operation = document["paths"]![path]?[method];
        operation.ShouldNotBeNull($"{method} {path} is missing");
        operation["operationId"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        var responses = operation["responses"]!.AsObject();
        responses[success]!["content"]!["application/json"].ShouldNotBeNull();
        foreach (var error in new[] { "400", "502", "503", "504" })
        {
            responses[error]?["content"]?["application/problem+json"].ShouldNotBeNull($"{method} {path} lacks {error}");
        }
    }

    [Fact]
    public async Task Document_lists_only_the_rest_paths_and_money_as_decimal_strings()
    {
        var document = await DocumentAsync();

        document["paths"]!.AsObject().Select(p => p.Key).ShouldBe(Operations.Select(o => (string)o.Data.Item1).Distinct(), ignoreOrder: true);
        var money = document["components"]!["schemas"]!["Money"]!;
        money["properties"]!["amount"]!["type"]!.GetValue<string>().ShouldBe("string");
        money["required"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["currencyCode", "amount"], ignoreOrder: true);
        document["components"]!["schemas"]!["DelinquencyBucket"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldContain("M7_PLUS");
    }

    private async Task<JsonNode> DocumentAsync()
    {
        var response = await platform.Api.GetApiAsync("/openapi/v1.json");
        response.Status.ShouldBe(HttpStatusCode.OK);
        return response.Json;
    }
}
