using Grpc.Net.Client;
using CollectionsPlatform.Grpc.InteropTests.Hosting;
using Collections.Interop.V1;

namespace CollectionsPlatform.Grpc.InteropTests.Client;

/// <summary>Client-side conformance against both servers: cancellation, disposal, limits, compression, unknown methods.</summary>
public sealed class ClientConformanceTests(InteropFixture fixture)
{
    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Cancelling_mid_stream_resets_the_stream_and_the_server_sees_it(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server));
        var before = await EchoClients.WaitForStatsAsync(client, s => s.ActiveCalls == 0);
        using var cancellation = new CancellationTokenSource();

        using var call = client.ExpandEcho(new ExpandEchoRequest { Text = "tick", Count = 1000, IntervalMs = 20 }, cancellationToken: cancellation.Token);
        for (var i = 0; i < 3; i++)
        {
            (await call.ResponseStream.MoveNext(CancellationToken.None)).ShouldBeTrue();
        }

        await cancellation.CancelAsync();
        var exception = await Should.ThrowAsync<RpcException>(() => call.ResponseStream.MoveNext(CancellationToken.None));
        var after = await EchoClients.WaitForStatsAsync(client, s => s.ActiveCalls == 0 && s.CancelledCalls > before.CancelledCalls);

        exception.StatusCode.ShouldBe(StatusCode.Cancelled);
        call.GetStatus().StatusCode.ShouldBe(StatusCode.Cancelled);
        after.CancelledCalls.ShouldBe(before.CancelledCalls + 1);
        after.ActiveCalls.ShouldBe(0);
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Disposing_a_running_call_cancels_it_on_the_server(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server));
        var before = await EchoClients.WaitForStatsAsync(client, s => s.ActiveCalls == 0);

        var call = client.ChatEcho();
        await call.RequestStream.WriteAsync(new EchoRequest { Text = "first" });
        (await call.ResponseStream.MoveNext(CancellationToken.None)).ShouldBeTrue();
        call.Dispose();
        var after = await EchoClients.WaitForStatsAsync(client, s => s.ActiveCalls == 0 && s.CompletedCalls > before.CompletedCalls);

        call.GetStatus().StatusCode.ShouldBe(StatusCode.Cancelled);
        await Should.ThrowAsync<RpcException>(() => call.RequestStream.WriteAsync(new EchoRequest { Text = "late" }));
        after.ActiveCalls.ShouldBe(0);
        (await client.EchoAsync(new EchoRequest { Text = "still up" })).Text.ShouldBe("still up");
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Response_above_max_receive_size_fails_with_resource_exhausted_and_the_channel_still_works(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server), new GrpcChannelOptions { MaxReceiveMessageSize = 1024 });

        var exception = await Should.ThrowAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest { Text = new string('x', 4096) }));

        exception.StatusCode.ShouldBe(StatusCode.ResourceExhausted);
        (await client.EchoAsync(new EchoRequest { Text = "small" })).Text.ShouldBe("small");
    }

    [Fact]
    public async Task Gzip_compressed_responses_are_decompressed()
    {
        using var recorder = new ResponseHeaderRecorder();
        var client = EchoClients.Create(fixture.OursGzip.Address, new GrpcChannelOptions { HttpHandler = recorder });
        var text = string.Concat(Enumerable.Repeat("compressible ", 2000));

        var response = await client.EchoAsync(new EchoRequest { Text = text });
        using var stream = client.ExpandEcho(new ExpandEchoRequest { Text = text, Count = 3 });
        var streamed = await stream.ResponseStream.ReadAllAsync().CountAsync();

        response.Text.ShouldBe(text);
        streamed.ShouldBe(3);
        recorder.Responses.ShouldAllBe(r => ResponseHeaderRecorder.Header(r, "grpc-encoding") == "gzip");
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    public async Task Error_before_any_message_arrives_as_a_trailers_only_response(string server)
    {
        using var recorder = new ResponseHeaderRecorder();
        var client = EchoClients.Create(fixture.AddressOf(server), new GrpcChannelOptions { HttpHandler = recorder });

        using var call = client.FailEchoAsync(new FailEchoRequest { Code = (int)StatusCode.NotFound, Message = "no such case", Reason = "CASE_NOT_FOUND", Field = "name" });
        var exception = await Should.ThrowAsync<RpcException>(async () => await call);

        exception.StatusCode.ShouldBe(StatusCode.NotFound);
        var response = recorder.Responses.ShouldHaveSingleItem();
        ResponseHeaderRecorder.Header(response, "grpc-status").ShouldBe("5");
        exception.Trailers.GetValueBytes("grpc-status-details-bin").ShouldNotBeNull();
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    public async Task Unknown_method_fails_with_unimplemented(string server)
    {
        var invoker = GrpcChannel.ForAddress(fixture.AddressOf(server)).CreateCallInvoker();
        var marshaller = Marshallers.Create<EchoRequest>(r => Google.Protobuf.MessageExtensions.ToByteArray(r), EchoRequest.Parser.ParseFrom);
        var method = new Method<EchoRequest, EchoRequest>(MethodType.Unary, "collections.interop.v1.EchoService", "NoSuchMethod", marshaller, marshaller);

        using var call = invoker.AsyncUnaryCall(method, null, default, new EchoRequest { Text = "x" });
        var exception = await Should.ThrowAsync<RpcException>(async () => await call);

        exception.StatusCode.ShouldBe(StatusCode.Unimplemented);
    }
}
