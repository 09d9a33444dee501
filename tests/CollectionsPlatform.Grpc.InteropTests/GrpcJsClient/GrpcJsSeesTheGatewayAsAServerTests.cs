using System.Text.Json;
using CollectionsPlatform.Grpc.InteropTests.Hosting;

namespace CollectionsPlatform.Grpc.InteropTests.GrpcJsClient;

/// <summary>@grpc/grpc-js talks to the gateway's gRPC endpoint as to any gRPC server: reflection lists and describes
/// the routed contracts (enough to call a service from the descriptors alone), health answers per routed service,
/// a service or method nobody serves is UNIMPLEMENTED, a service that is down is UNAVAILABLE.</summary>
public sealed class GrpcJsSeesTheGatewayAsAServerTests(InteropFixture fixture)
{
    [Fact]
    public async Task Reflection_health_and_error_statuses_answer_at_the_gateway()
    {
        var outcome = await NodePeer.RunClientScenarioAsync(fixture.Gateway.Address, "gateway-surface");

        outcome.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(
            [
                "collections.cases.v1.CaseService", "collections.contacts.v1.ContactService",
                "collections.paymentplans.v1.PaymentPlanService", "collections.consent.v1.ConsentService",
                "collections.complaints.v1.ComplaintService", "grpc.health.v1.Health",
                "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection",
            ],
            ignoreOrder: true);
        Code(outcome, "getCase").ShouldBe((int)StatusCode.Unavailable); // called from reflected descriptors; cases is down
        outcome.GetProperty("casesHealth").GetProperty("response").GetProperty("status").GetString().ShouldBe("NOT_SERVING");
        Code(outcome, "unknownHealth").ShouldBe((int)StatusCode.NotFound);
        outcome.GetProperty("unroutedService").GetProperty("code").GetInt32().ShouldBe((int)StatusCode.Unimplemented);
        outcome.GetProperty("unknownMethod").GetProperty("code").GetInt32().ShouldBe((int)StatusCode.Unimplemented);
    }

    private static int Code(JsonElement outcome, string call) => outcome.GetProperty(call).GetProperty("error").GetProperty("code").GetInt32();
}
