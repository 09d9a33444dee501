using System.Text.Json;
using CollectionsPlatform.Grpc.InteropTests.Hosting;

namespace CollectionsPlatform.Grpc.InteropTests.GrpcJsClient;

/// <summary>@grpc/grpc-js (a gRPC implementation nobody here wrote) calls our server on a real h2c port.</summary>
public sealed class GrpcJsCallsOurServerTests(InteropFixture fixture)
{
    private Task<JsonElement> Run(string scenario) => NodePeer.RunClientScenarioAsync(fixture.Ours.Address, scenario);

    [Fact]
    public async Task Unary_call_echoes_text_and_metadata_as_headers_and_trailers()
    {
        var outcome = await Run("unary");

        outcome.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        var response = outcome.GetProperty("response");
        response.GetProperty("text").GetString().ShouldBe("hello from grpc-js");
        response.GetProperty("request_headers").GetProperty("x-echo-text").GetString().ShouldBe("plain-value");
        response.GetProperty("request_headers").GetProperty("x-echo-blob-bin").GetString().ShouldBe("AAEC+v8=");
        outcome.GetProperty("headers").GetProperty("x-echo-text").GetString().ShouldBe("plain-value");
        outcome.GetProperty("headers").GetProperty("x-echo-blob-bin").GetString().ShouldBe("AAEC+v8=");
        outcome.GetProperty("trailers").GetProperty("x-trailer-text").GetString().ShouldBe("plain-value");
        outcome.GetProperty("trailers").GetProperty("x-trailer-blob-bin").GetString().ShouldBe("AAEC+v8=");
    }

    [Fact]
    public async Task Server_streaming_call_delivers_every_message_then_ok()
    {
        var outcome = await Run("server-stream");

        outcome.GetProperty("status").GetProperty("code").GetInt32().ShouldBe(0);
        var indexes = outcome.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("index").GetInt32());
        indexes.ShouldBe([0, 1, 2, 3, 4]);
    }

    [Fact]
    public async Task Client_streaming_call_reads_every_request()
    {
        var outcome = await Run("client-stream");

        outcome.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        outcome.GetProperty("response").GetProperty("text").GetString().ShouldBe("one two three");
        outcome.GetProperty("response").GetProperty("index").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Duplex_call_answers_each_request()
    {
        var outcome = await Run("duplex");

        outcome.GetProperty("status").GetProperty("code").GetInt32().ShouldBe(0);
        outcome.GetProperty("responses").EnumerateArray().Select(r => r.GetProperty("text").GetString()).ShouldBe(["ping", "pong", "pang"]);
    }

    [Fact]
    public async Task Error_carries_google_rpc_status_details_grpc_js_can_decode()
    {
        var outcome = await Run("error-details");

        outcome.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(9);
        outcome.GetProperty("error").GetProperty("details").GetString().ShouldBe("case is on hold");
        var status = outcome.GetProperty("statusDetails");
        status.GetProperty("code").GetInt32().ShouldBe(9);
        var details = status.GetProperty("details").EnumerateArray().ToList();
        details.Select(d => d.GetProperty("type").GetString()).ShouldBe(["google.rpc.ErrorInfo", "google.rpc.BadRequest"]);
        details[0].GetProperty("value").GetProperty("reason").GetString().ShouldBe("CASE_ON_HOLD");
        details[1].GetProperty("value").GetProperty("field_violations")[0].GetProperty("field").GetString().ShouldBe("name");
    }

    [Fact]
    public async Task Deadline_ends_the_call_with_deadline_exceeded_and_reaches_the_server()
    {
        var outcome = await Run("deadline");

        outcome.GetProperty("error").GetProperty("code").GetInt32().ShouldBe(4);
        outcome.GetProperty("elapsedMs").GetInt32().ShouldBeLessThan(4000);
        outcome.GetProperty("serverSawRemainingMs").GetInt64().ShouldBeInRange(1, 10_000);
    }

    [Fact]
    public async Task Cancelling_mid_stream_reaches_the_server_and_leaks_no_call()
    {
        var outcome = await Run("cancel-stream");

        outcome.GetProperty("received").GetInt32().ShouldBeGreaterThanOrEqualTo(3);
        outcome.GetProperty("status").GetProperty("code").GetInt32().ShouldBe(1);
        var before = outcome.GetProperty("before");
        var after = outcome.GetProperty("after");
        after.GetProperty("cancelled_calls").GetInt32().ShouldBeGreaterThan(before.GetProperty("cancelled_calls").GetInt32());
        after.GetProperty("active_calls").GetInt32().ShouldBe(0);
        outcome.GetProperty("alive").GetString().ShouldBe("still up");
    }

    [Fact]
    public async Task Health_check_reports_serving_and_not_found_for_unknown_services()
    {
        var outcome = await Run("health");

        outcome.GetProperty("overall").GetProperty("response").GetProperty("status").GetString().ShouldBe("SERVING");
        outcome.GetProperty("echo").GetProperty("response").GetProperty("status").GetString().ShouldBe("SERVING");
        outcome.GetProperty("unknown").GetProperty("error").GetProperty("code").GetInt32().ShouldBe(5);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v1alpha")]
    public async Task Reflection_lists_every_service_and_serves_their_descriptors(string version)
    {
        var outcome = (await Run("reflection")).GetProperty(version);

        outcome.GetProperty("status").GetProperty("code").GetInt32().ShouldBe(0);
        var services = outcome.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ToList();
        services.ShouldBe(
            ["grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection", "collections.interop.v1.EchoService"],
            ignoreOrder: true);
        var file = outcome.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("package").GetString() == "collections.interop.v1");
        file.GetProperty("name").GetString().ShouldBe("collections/interop/v1/echo_service.proto");
        file.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(["EchoService"]);
    }
}
