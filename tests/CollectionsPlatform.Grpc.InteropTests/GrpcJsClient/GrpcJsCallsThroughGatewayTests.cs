using CollectionsPlatform.Grpc.InteropTests.Hosting;

namespace CollectionsPlatform.Grpc.InteropTests.GrpcJsClient;

/// <summary>@grpc/grpc-js calls our services through the gateway's gRPC endpoint: the same answers as directly.</summary>
public sealed class GrpcJsCallsThroughGatewayTests(InteropFixture fixture)
{
    [Fact]
    public async Task An_invalid_request_keeps_its_status_and_details_through_the_gateway()
    {
        var outcome = await NodePeer.RunClientScenarioAsync(fixture.Gateway.Address, "invalid-case-name");

        InvalidCaseName.ShouldBeAnswered(outcome);
    }
}
