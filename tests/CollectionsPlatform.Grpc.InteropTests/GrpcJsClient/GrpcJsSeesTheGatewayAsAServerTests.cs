using CollectionsPlatform.Grpc.InteropTests.Hosting;

namespace CollectionsPlatform.Grpc.InteropTests.GrpcJsClient;

/// <summary>@grpc/grpc-js talks to the gateway's gRPC endpoint as to any gRPC server: health answers for the gateway
/// and for every routed service, reflection lists and describes every routed contract (enough to call a service from
/// the descriptors alone), and a service or method nobody serves is UNIMPLEMENTED.</summary>
public sealed class GrpcJsSeesTheGatewayAsAServerTests(InteropFixture fixture)
{
    private static readonly string[] RoutedContracts =
    [
        Collections.Cases.V1.CaseService.Descriptor.FullName, Collections.PaymentPlans.V1.PaymentPlanService.Descriptor.FullName,
        Collections.Contacts.V1.ContactService.Descriptor.FullName, Collections.Consent.V1.ConsentService.Descriptor.FullName,
        Collections.Complaints.V1.ComplaintService.Descriptor.FullName,
    ];

    public static TheoryData<string> Contracts => [.. RoutedContracts];

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task Health_reports_serving_for_the_gateway_and_the_routed_service(string contract)
    {
        var outcome = await NodePeer.RunClientScenarioAsync(fixture.Gateway.Address, "health", contract);

        outcome.GetProperty("overall").GetProperty("response").GetProperty("status").GetString().ShouldBe("SERVING");
        outcome.GetProperty("service").GetProperty("response").GetProperty("status").GetString().ShouldBe("SERVING");
        outcome.GetProperty("unknown").GetProperty("error").GetProperty("code").GetInt32().ShouldBe((int)StatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public async Task Reflection_describes_the_routed_service_in_v1_and_v1alpha(string contract)
    {
        var outcome = await NodePeer.RunClientScenarioAsync(fixture.Gateway.Address, "reflection", contract);

        foreach (var version in new[] { "v1", "v1alpha" })
        {
            var answer = outcome.GetProperty(version);
            answer.GetProperty("status").GetProperty("code").GetInt32().ShouldBe(0);
            var file = answer.GetProperty("files")[0];
            file.GetProperty("package").GetString().ShouldBe(contract[..contract.LastIndexOf('.')]);
            file.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldContain(contract[(contract.LastIndexOf('.') + 1)..]);
        }
    }

    [Fact]
    public async Task A_client_built_from_reflection_calls_through_and_unknown_calls_are_unimplemented()
    {
        var outcome = await NodePeer.RunClientScenarioAsync(fixture.Gateway.Address, "gateway-surface");

        outcome.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(
            [.. RoutedContracts, "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"],
            ignoreOrder: true);
        outcome.GetProperty("getCase").GetProperty("error").GetProperty("code").GetInt32().ShouldBe((int)StatusCode.NotFound); // the cases service's answer
        outcome.GetProperty("unroutedService").GetProperty("code").GetInt32().ShouldBe((int)StatusCode.Unimplemented);
        outcome.GetProperty("unknownMethod").GetProperty("code").GetInt32().ShouldBe((int)StatusCode.Unimplemented);
    }
}
