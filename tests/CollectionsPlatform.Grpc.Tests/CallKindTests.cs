using System.Net;
using CollectionsPlatform.Grpc.Tests.V1;

namespace CollectionsPlatform.Grpc.Tests;

public sealed class CallKindTests(GrpcServerFixture server)
{
    private const string Service = "/collections.testing.v1.EchoService/";

    [Fact]
    public async Task Unary_call_answers_one_message_with_status_in_trailers()
    {
        var response = await server.Client.SendAsync(Service + "Echo", RawGrpcClient.Frame(new EchoRequest { Text = "hello" }));

        response.HttpStatus.ShouldBe(HttpStatusCode.OK);
        response.Headers["content-type"].ShouldBe("application/grpc");
        response.TrailersOnly.ShouldBeFalse();
        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Messages.Count.ShouldBe(1);
        response.Messages[0].Compressed.ShouldBeFalse();
        response.Message(0, EchoResponse.Parser).Text.ShouldBe("hello");
        response.Trailers["x-intercepted"].ShouldBe("yes");
    }

    [Fact]
    public async Task Application_grpc_proto_content_type_is_accepted()
    {
        var response = await server.Client.SendAsync(Service + "Echo", RawGrpcClient.Frame(new EchoRequest { Text = "p" }), contentType: "application/grpc+proto");

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Message(0, EchoResponse.Parser).Text.ShouldBe("p");
    }

    [Fact]
    public async Task Server_streaming_sends_each_message_then_the_status()
    {
        var response = await server.Client.SendAsync(Service + "Expand", RawGrpcClient.Frame(new EchoRequest { Text = "x", Repeat = 3 }));

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Messages.Select(m => EchoResponse.Parser.ParseFrom(m.Payload).Sequence).ShouldBe([1, 2, 3]);
    }

    [Fact]
    public async Task Client_streaming_reads_every_request_message()
    {
        var body = new[] { "a", "b", "c" }.SelectMany(t => RawGrpcClient.Frame(new EchoRequest { Text = t })).ToArray();

        var response = await server.Client.SendAsync(Service + "Collect", body);

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Message(0, EchoResponse.Parser).Text.ShouldBe("a,b,c");
    }

    [Fact]
    public async Task Client_streaming_reads_a_stream_longer_than_kestrels_30_mb_request_body_limit()
    {
        var megabyte = new string('m', 1024 * 1024);
        var body = Enumerable.Range(0, 32).SelectMany(_ => RawGrpcClient.Frame(new EchoRequest { Text = megabyte })).ToArray();

        var response = await server.Client.SendAsync(Service + "Collect", body);

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Message(0, EchoResponse.Parser).Sequence.ShouldBe(32);
    }

    [Fact]
    public async Task Client_streaming_with_no_messages_answers_an_empty_collection()
    {
        var response = await server.Client.SendAsync(Service + "Collect", []);

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Message(0, EchoResponse.Parser).Sequence.ShouldBe(0);
    }

    [Fact]
    public async Task Duplex_streaming_answers_each_request()
    {
        var body = new[] { "one", "two" }.SelectMany(t => RawGrpcClient.Frame(new EchoRequest { Text = t })).ToArray();

        var response = await server.Client.SendAsync(Service + "Chat", body);

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Messages.Select(m => EchoResponse.Parser.ParseFrom(m.Payload).Text).ShouldBe(["ONE", "TWO"]);
    }

    [Fact]
    public async Task Ascii_and_binary_metadata_travel_both_ways()
    {
        byte[] data = [0, 1, 2, 250, 255];
        var response = await server.Client.SendAsync(Service + "Echo", RawGrpcClient.Frame(new EchoRequest { Text = "m" }), r =>
        {
            r.Headers.Add("x-echo", "ascii-value");
            r.Headers.Add("x-data-bin", Convert.ToBase64String(data));
        });

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Headers["x-echo"].ShouldBe("ascii-value");
        Protocol.MetadataEncoding.DecodeBinary(response.Trailers["x-data-bin"]).ShouldBe(data);
    }

    [Fact]
    public async Task The_caller_identity_reaches_the_handler()
    {
        var response = await server.Client.SendAsync(Service + "Echo", RawGrpcClient.Frame(new EchoRequest { FailWith = "whoami" }), r => r.Headers.Add("x-test-caller", "agent-7"));

        response.Message(0, EchoResponse.Parser).Text.ShouldBe("agent-7");
    }

    [Fact]
    public async Task Status_set_on_the_context_is_sent()
    {
        var response = await server.Client.SendAsync(Service + "Echo", RawGrpcClient.Frame(new EchoRequest { FailWith = "status" }));

        response.GrpcStatus.ShouldBe(StatusCode.NotFound);
        response.GrpcMessage.ShouldBe("set through the context");
    }
}
