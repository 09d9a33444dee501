using Grpc.Net.Client;
using Grpc.Health.V1;
using CollectionsPlatform.Grpc.InteropTests.Hosting;
using Google.Rpc;
using Collections.Interop.V1;

namespace CollectionsPlatform.Grpc.InteropTests.Client;

/// <summary>Our client calls the grpc-js server, our own server, and our server through the gateway the same way; all must give the same answers.</summary>
public sealed class ClientInteropTests(InteropFixture fixture)
{
    private static readonly byte[] Blob = [0, 1, 2, 250, 255];

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Unary_call_sends_and_receives_metadata_headers_and_trailers(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server));
        var headers = new Metadata { { "x-echo-text", "plain-value" }, { "x-echo-blob-bin", Blob } };

        using var call = client.EchoAsync(new EchoRequest { Text = "hello from .NET" }, headers);
        var response = await call;
        var responseHeaders = await call.ResponseHeadersAsync;

        response.Text.ShouldBe("hello from .NET");
        response.RequestHeaders["x-echo-text"].ShouldBe("plain-value");
        response.RequestHeaders["x-echo-blob-bin"].ShouldBe(Convert.ToBase64String(Blob));
        responseHeaders.GetValue("x-echo-text").ShouldBe("plain-value");
        responseHeaders.GetValueBytes("x-echo-blob-bin").ShouldBe(Blob);
        call.GetStatus().StatusCode.ShouldBe(StatusCode.OK);
        call.GetTrailers().GetValue("x-trailer-text").ShouldBe("plain-value");
        call.GetTrailers().GetValueBytes("x-trailer-blob-bin").ShouldBe(Blob);
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Server_streaming_call_reads_every_message(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server));

        using var call = client.ExpandEcho(new ExpandEchoRequest { Text = "item", Count = 5 });
        var indexes = await call.ResponseStream.ReadAllAsync().Select(r => r.Index).ToListAsync();

        indexes.ShouldBe([0, 1, 2, 3, 4]);
        call.GetStatus().StatusCode.ShouldBe(StatusCode.OK);
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Client_streaming_call_sends_every_request(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server));

        using var call = client.CollectEcho();
        foreach (var text in new[] { "one", "two", "three" })
        {
            await call.RequestStream.WriteAsync(new EchoRequest { Text = text });
        }

        await call.RequestStream.CompleteAsync();
        var response = await call;

        response.Text.ShouldBe("one two three");
        response.Index.ShouldBe(3);
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Duplex_call_gets_each_answer_before_sending_the_next_request(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server));

        using var call = client.ChatEcho();
        foreach (var text in new[] { "ping", "pong", "pang" })
        {
            await call.RequestStream.WriteAsync(new EchoRequest { Text = text });
            (await call.ResponseStream.MoveNext(CancellationToken.None)).ShouldBeTrue();
            call.ResponseStream.Current.Text.ShouldBe(text);
        }

        await call.RequestStream.CompleteAsync();
        (await call.ResponseStream.MoveNext(CancellationToken.None)).ShouldBeFalse();
        call.GetStatus().StatusCode.ShouldBe(StatusCode.OK);
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Error_surfaces_as_rpc_exception_with_google_rpc_status_details(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server));
        var request = new FailEchoRequest { Code = (int)StatusCode.FailedPrecondition, Message = "case is on hold", Reason = "CASE_ON_HOLD", Field = "name" };

        var exception = await Should.ThrowAsync<RpcException>(async () => await client.FailEchoAsync(request));

        exception.StatusCode.ShouldBe(StatusCode.FailedPrecondition);
        exception.Status.Detail.ShouldBe("case is on hold");
        var status = exception.GetRpcStatus().ShouldNotBeNull();
        status.Code.ShouldBe((int)StatusCode.FailedPrecondition);
        exception.GetRpcStatus()?.GetDetail<ErrorInfo>().ShouldNotBeNull().Reason.ShouldBe("CASE_ON_HOLD");
        exception.GetRpcStatus()?.GetDetail<BadRequest>().ShouldNotBeNull().FieldViolations.Single().Field.ShouldBe("name");
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    [InlineData(InteropFixture.ThroughGateway)]
    public async Task Deadline_is_sent_to_the_server_and_enforced_locally(string server)
    {
        var client = EchoClients.Create(fixture.AddressOf(server));

        var seen = await client.EchoAsync(new EchoRequest { Text = "deadline" }, deadline: DateTime.UtcNow.AddSeconds(10));
        var exception = await Should.ThrowAsync<RpcException>(async () =>
            await client.SleepEchoAsync(new SleepEchoRequest { DelayMs = 5000 }, deadline: DateTime.UtcNow.AddMilliseconds(300)));
        var expired = await Should.ThrowAsync<RpcException>(async () =>
            await client.EchoAsync(new EchoRequest(), deadline: DateTime.UtcNow.AddSeconds(-1)));

        seen.DeadlineRemainingMs.ShouldBeInRange(1, 10_000);
        exception.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
        expired.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
        var stats = await EchoClients.WaitForStatsAsync(client, s => s.ActiveCalls == 0);
        stats.ActiveCalls.ShouldBe(0);
    }

    [Theory]
    [InlineData(InteropFixture.OurServer)]
    [InlineData(InteropFixture.GrpcJs)]
    public async Task Health_check_answers_serving(string server)
    {
        var health = new Health.HealthClient(GrpcChannel.ForAddress(fixture.AddressOf(server)));

        var response = await health.CheckAsync(new HealthCheckRequest { Service = "collections.interop.v1.EchoService" });

        response.Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }
}
