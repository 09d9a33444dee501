using System.Text.Json;
using CollectionsPlatform.Grpc.InteropTests.Hosting;

namespace CollectionsPlatform.Grpc.InteropTests.GrpcJsClient;

/// <summary>@grpc/grpc-js (a gRPC stack nobody here wrote) calls each of our grpc-dotnet services on its h2c port, as
/// an internal team's client would: health, reflection, and the rich error of an invalid request.</summary>
public sealed class GrpcJsCallsOurServicesTests(InteropFixture fixture)
{
    private static readonly string[] StandardServices =
        ["grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"];

    public static TheoryData<string> ServiceNames => [.. InteropFixture.Services.Keys];

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public async Task Health_reports_serving_for_the_server_and_its_service_and_not_found_for_others(string service)
    {
        var outcome = await NodePeer.RunClientScenarioAsync(fixture.AddressOf(service), "health", InteropFixture.Services[service]);

        outcome.GetProperty("overall").GetProperty("response").GetProperty("status").GetString().ShouldBe("SERVING");
        outcome.GetProperty("service").GetProperty("response").GetProperty("status").GetString().ShouldBe("SERVING");
        outcome.GetProperty("unknown").GetProperty("error").GetProperty("code").GetInt32().ShouldBe(5);
    }

    [Theory]
    [MemberData(nameof(ServiceNames))]
    public async Task Reflection_lists_the_services_and_serves_their_descriptors_in_v1_and_v1alpha(string service)
    {
        var grpcService = InteropFixture.Services[service];
        var symbol = grpcService.Length > 0 ? grpcService : "grpc.health.v1.Health";
        var outcome = await NodePeer.RunClientScenarioAsync(fixture.AddressOf(service), "reflection", symbol);

        foreach (var version in new[] { "v1", "v1alpha" })
        {
            var answer = outcome.GetProperty(version);
            answer.GetProperty("status").GetProperty("code").GetInt32().ShouldBe(0);
            answer.GetProperty("services").EnumerateArray().Select(s => s.GetString())
                .ShouldBe(grpcService.Length > 0 ? [.. StandardServices, grpcService] : StandardServices, ignoreOrder: true);
            var file = answer.GetProperty("files")[0];
            file.GetProperty("package").GetString().ShouldBe(symbol[..symbol.LastIndexOf('.')]);
            file.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldContain(symbol[(symbol.LastIndexOf('.') + 1)..]);
        }
    }

    [Fact]
    public async Task An_invalid_request_is_invalid_argument_with_error_info_and_bad_request_grpc_js_decodes()
    {
        var outcome = await NodePeer.RunClientScenarioAsync(fixture.AddressOf("cases"), "invalid-case-name");

        InvalidCaseName.ShouldBeAnswered(outcome);
    }
}
