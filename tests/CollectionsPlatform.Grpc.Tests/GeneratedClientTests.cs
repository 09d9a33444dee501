using CollectionsPlatform.Grpc.Client;
using CollectionsPlatform.Grpc.Tests.V1;
using Google.Rpc;

namespace CollectionsPlatform.Grpc.Tests;

/// <summary>Generated client + our channel + our server, end to end.</summary>
public sealed class GeneratedClientTests(GrpcServerFixture server) : IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(server.Address);

    private EchoService.EchoServiceClient Client => new(_channel);

    [Fact]
    public async Task Unary_call_with_metadata_through_the_generated_client()
    {
        using var call = Client.EchoAsync(new EchoRequest { Text = "typed" }, new Metadata { { "x-echo", "v" } }, cancellationToken: TestContext.Current.CancellationToken);

        (await call.ResponseAsync).Text.ShouldBe("typed");
        (await call.ResponseHeadersAsync).GetValue("x-echo").ShouldBe("v");
        call.GetStatus().StatusCode.ShouldBe(StatusCode.OK);
        call.GetTrailers().GetValue("x-intercepted").ShouldBe("yes");
    }

    [Fact]
    public async Task Streaming_calls_through_the_generated_client()
    {
        var token = TestContext.Current.CancellationToken;
        using var expand = Client.Expand(new EchoRequest { Text = "s", Repeat = 3 }, cancellationToken: token);
        var sequences = new List<int>();
        await foreach (var response in expand.ResponseStream.ReadAllAsync(token))
        {
            sequences.Add(response.Sequence);
        }

        using var chat = Client.Chat(cancellationToken: token);
        await chat.RequestStream.WriteAsync(new EchoRequest { Text = "hi" }, token);
        (await chat.ResponseStream.MoveNext(token)).ShouldBeTrue();
        var first = chat.ResponseStream.Current.Text;
        await chat.RequestStream.CompleteAsync();
        (await chat.ResponseStream.MoveNext(token)).ShouldBeFalse();

        sequences.ShouldBe([1, 2, 3]);
        first.ShouldBe("HI");
    }

    [Fact]
    public async Task Rich_errors_and_deadlines_surface_as_rpc_exceptions()
    {
        var invalid = await Should.ThrowAsync<RpcException>(async () =>
            await Client.EchoAsync(new EchoRequest { FailWith = "invalid" }, cancellationToken: TestContext.Current.CancellationToken));
        var late = await Should.ThrowAsync<RpcException>(async () =>
            await Client.EchoAsync(new EchoRequest { DelayMs = 10_000 }, deadline: DateTime.UtcNow.AddMilliseconds(200), cancellationToken: TestContext.Current.CancellationToken));

        invalid.StatusCode.ShouldBe(StatusCode.InvalidArgument);
        invalid.GetStatusDetail<BadRequest>()!.FieldViolations.Single().Field.ShouldBe("text");
        late.StatusCode.ShouldBe(StatusCode.DeadlineExceeded);
    }

    [Fact]
    public async Task A_client_still_writing_when_the_server_fails_the_stream_gets_the_servers_status()
    {
        var token = TestContext.Current.CancellationToken;
        using var collect = Client.Collect(cancellationToken: token);
        var filler = new EchoRequest { Text = new string('f', 64 * 1024) };

        var failure = await Should.ThrowAsync<RpcException>(async () =>
        {
            await collect.RequestStream.WriteAsync(new EchoRequest { FailWith = "invalid" }, token);
            for (var i = 0; i < 2_000; i++)
            {
                await collect.RequestStream.WriteAsync(filler, token);
            }

            await collect.RequestStream.CompleteAsync();
            await collect.ResponseAsync;
        });

        failure.StatusCode.ShouldBe(StatusCode.InvalidArgument);
    }

    public void Dispose() => _channel.Dispose();
}
