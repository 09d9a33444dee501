using System.Net;
using System.Net.Http.Headers;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>The thin gRPC pass-through forwarder (src/Gateway/Proxy) inside YARP, against a real h2c backend.</summary>
public sealed class GrpcPassThroughTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_unary_call_keeps_metadata_deadline_headers_and_trailers(bool forwardingBeforeYarp)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var backend = await GrpcBackend.StartAsync(ct);
        await using var gateway = await ForwardingGateway.StartAsync(backend.Address, forwardingBeforeYarp, ct);
        using var client = new HttpClient();
        using var request = GrpcRequest(gateway, "GetCase", new ByteArrayContent(GrpcFrames.Message(7)));
        request.Headers.Add("x-meta", "plain-value");
        request.Headers.Add("x-blob-bin", "AAEC+v8=");
        request.Headers.Add("grpc-timeout", "2500m");

        using var response = await client.SendAsync(request, ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/grpc");
        response.Headers.GetValues("x-seen-meta").ShouldBe(["plain-value"]);
        response.Headers.GetValues("x-seen-blob-bin").ShouldBe(["AAEC+v8="]);
        response.Headers.GetValues("x-seen-timeout").ShouldBe(["2500m"]);
        response.Headers.GetValues("x-seen-protocol").ShouldBe(["HTTP/2"]);
        (await response.Content.ReadAsByteArrayAsync(ct)).ShouldBe(GrpcFrames.Message(7));
        response.TrailingHeaders.GetValues("grpc-status").ShouldBe(["0"]);
        response.TrailingHeaders.GetValues("x-trailer-bin").ShouldBe(["AAEC+v8="]);
    }

    [Fact]
    public async Task A_server_stream_delivers_each_message_as_the_backend_sends_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var backend = await GrpcBackend.StartAsync(ct);
        await using var gateway = await ForwardingGateway.StartAsync(backend.Address, forwardingBeforeYarp: false, ct);
        using var client = new HttpClient();
        using var request = GrpcRequest(gateway, "WatchCase", new ByteArrayContent(GrpcFrames.Message(0)));

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        await using var body = await response.Content.ReadAsStreamAsync(ct);

        (await GrpcFrames.ReadMessageAsync(body, ct)).ShouldBe(GrpcFrames.Message(1)); // before the backend may send 2
        backend.SecondMessage.SetResult();
        (await GrpcFrames.ReadMessageAsync(body, ct)).ShouldBe(GrpcFrames.Message(2));
        (await body.ReadAsync(new byte[1], ct)).ShouldBe(0);
        response.TrailingHeaders.GetValues("grpc-status").ShouldBe(["0"]);
    }

    [Fact]
    public async Task A_duplex_call_streams_the_request_body_message_by_message()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var backend = await GrpcBackend.StartAsync(ct);
        await using var gateway = await ForwardingGateway.StartAsync(backend.Address, forwardingBeforeYarp: false, ct);
        using var client = new HttpClient();
        var content = new DuplexContent();
        using var request = GrpcRequest(gateway, "ChatCase", content);

        var sending = client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        await content.SendAsync(GrpcFrames.Message(1));
        using var response = await sending;
        await using var body = await response.Content.ReadAsStreamAsync(ct);

        (await GrpcFrames.ReadMessageAsync(body, ct)).ShouldBe(GrpcFrames.Message(1)); // while the request is still open
        await content.SendAsync(GrpcFrames.Message(2));
        (await GrpcFrames.ReadMessageAsync(body, ct)).ShouldBe(GrpcFrames.Message(2));
        content.Complete();
        (await body.ReadAsync(new byte[1], ct)).ShouldBe(0);
        response.TrailingHeaders.GetValues("grpc-status").ShouldBe(["0"]);
    }

    [Fact]
    public async Task A_trailers_only_error_stays_trailers_only()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var backend = await GrpcBackend.StartAsync(ct);
        await using var gateway = await ForwardingGateway.StartAsync(backend.Address, forwardingBeforeYarp: false, ct);
        using var client = new HttpClient();
        using var request = GrpcRequest(gateway, "FailCase", new ByteArrayContent(GrpcFrames.Message(0)));

        using var response = await client.SendAsync(request, ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("grpc-status").ShouldBe(["9"]);
        response.Headers.GetValues("grpc-message").ShouldBe(["case%20on%20hold"]);
        (await response.Content.ReadAsByteArrayAsync(ct)).ShouldBeEmpty();
        response.TrailingHeaders.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_caller_cancelling_mid_stream_cancels_the_backend_call()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var backend = await GrpcBackend.StartAsync(ct);
        await using var gateway = await ForwardingGateway.StartAsync(backend.Address, forwardingBeforeYarp: false, ct);
        using var client = new HttpClient();
        using var request = GrpcRequest(gateway, "HoldCase", new ByteArrayContent(GrpcFrames.Message(0)));
        using var call = CancellationTokenSource.CreateLinkedTokenSource(ct);

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, call.Token);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        (await GrpcFrames.ReadMessageAsync(body, ct)).ShouldBe(GrpcFrames.Message(1));
        await call.CancelAsync();
        response.Dispose();

        await backend.HoldCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), ct);
    }

    [Fact]
    public async Task An_unreachable_backend_is_a_grpc_unavailable_status()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await ForwardingGateway.StartAsync(new Uri($"http://127.0.0.1:{FreePort.Next()}"), forwardingBeforeYarp: false, ct);
        using var client = new HttpClient();
        using var grpc = GrpcRequest(gateway, "GetCase", new ByteArrayContent(GrpcFrames.Message(0)));
        using var plain = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway.Address, "/plain/anything"))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var grpcResponse = await client.SendAsync(grpc, ct);
        using var plainResponse = await client.SendAsync(plain, ct);

        grpcResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        grpcResponse.Headers.GetValues("grpc-status").ShouldBe(["14"]);
        plainResponse.StatusCode.ShouldBe(HttpStatusCode.BadGateway); // YARP's own forwarder still serves other routes
    }

    private static HttpRequestMessage GrpcRequest(ForwardingGateway gateway, string method, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway.Address, GrpcBackend.Service + method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        return request;
    }
}
