using System.Text.Json;
using CollectionsPlatform.Grpc.InteropTests.Hosting;

namespace CollectionsPlatform.Grpc.InteropTests.GrpcJsClient;

/// <summary>@grpc/grpc-js calls our server through the gateway (YARP over h2c): one address, the same answers.</summary>
public sealed class GrpcJsCallsThroughGatewayTests(InteropFixture fixture)
{
    private Task<JsonElement> Run(string scenario) => NodePeer.RunClientScenarioAsync(fixture.Gateway.Address, scenario);

    [Fact]
    public async Task Unary_call_keeps_metadata_headers_and_trailers()
    {
        var outcome = await Run("unary");

        outcome.GetProperty("response").GetProperty("text").GetString().ShouldBe("hello from grpc-js");
        outcome.GetProperty("response").GetProperty("request_headers").GetProperty("x-echo-blob-bin").GetString().ShouldBe("AAEC+v8=");
        outcome.GetProperty("headers").GetProperty("x-echo-text").GetString().ShouldBe("plain-value");
        outcome.GetProperty("trailers").GetProperty("x-trailer-blob-bin").GetString().ShouldBe("AAEC+v8=");
    }

    [Fact]
    public async Task Server_streaming_call_delivers_every_message()
    {
        var outcome = await Run("server-stream");

        outcome.GetProperty("status").GetProperty("code").GetInt32().ShouldBe(0);
        outcome.GetProperty("responses").GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public async Task Error_details_survive_the_proxy()
    {
        var outcome = await Run("error-details");

        outcome.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(9);
        outcome.GetProperty("statusDetails").GetProperty("details")[0].GetProperty("value").GetProperty("reason").GetString().ShouldBe("CASE_ON_HOLD");
    }

    [Fact]
    public async Task Deadline_is_forwarded_and_enforced()
    {
        var outcome = await Run("deadline");

        outcome.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(4);
        outcome.GetProperty("serverSawRemainingMs").GetInt64().ShouldBeInRange(1, 10_000);
    }

    [Fact]
    public async Task Cancellation_mid_stream_reaches_the_server_behind_the_gateway()
    {
        var outcome = await Run("cancel-stream");

        outcome.GetProperty("status").GetProperty("code").GetInt32().ShouldBe(1);
        outcome.GetProperty("after").GetProperty("cancelled_calls").GetInt32()
            .ShouldBeGreaterThan(outcome.GetProperty("before").GetProperty("cancelled_calls").GetInt32());
        outcome.GetProperty("after").GetProperty("active_calls").GetInt32().ShouldBe(0);
    }
}
