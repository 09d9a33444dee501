using CollectionsPlatform.Grpc.Protocol;
using CollectionsPlatform.Grpc.Tests.V1;

namespace CollectionsPlatform.Grpc.Tests;

public sealed class CompressionTests(GrpcServerFixture server)
{
    private const string Echo = "/collections.testing.v1.EchoService/Echo";

    [Fact]
    public async Task A_gzip_request_is_decompressed()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { Text = "zipped" }, gzip: true), r => r.Headers.Add("grpc-encoding", "gzip"));

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Message(0, EchoResponse.Parser).Text.ShouldBe("zipped");
    }

    [Fact]
    public async Task Responses_are_gzip_compressed_for_callers_that_accept_gzip()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { Text = "squeeze" }), r => r.Headers.Add("grpc-accept-encoding", "identity,gzip"));

        response.GrpcStatus.ShouldBe(StatusCode.OK);
        response.Headers["grpc-encoding"].ShouldBe("gzip");
        response.Messages[0].Compressed.ShouldBeTrue();
        var payload = GzipCompression.Decompress(new System.Buffers.ReadOnlySequence<byte>(response.Messages[0].Payload), 1024);
        EchoResponse.Parser.ParseFrom(payload).Text.ShouldBe("squeeze");
    }

    [Fact]
    public async Task An_unsupported_encoding_is_unimplemented_with_the_accepted_encodings()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.FramePayload([1, 2, 3], compressed: true), r => r.Headers.Add("grpc-encoding", "br"));

        response.TrailersOnly.ShouldBeTrue();
        response.GrpcStatus.ShouldBe(StatusCode.Unimplemented);
        response.Headers["grpc-accept-encoding"].ShouldBe("identity,gzip");
    }

    [Fact]
    public async Task A_compressed_frame_without_grpc_encoding_is_internal()
    {
        var response = await server.Client.SendAsync(Echo, RawGrpcClient.Frame(new EchoRequest { Text = "x" }, gzip: true));

        response.GrpcStatus.ShouldBe(StatusCode.Internal);
    }
}
