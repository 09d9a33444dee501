using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Collections.Interop.V1;

namespace CollectionsPlatform.Grpc.InteropTests.Echo;

/// <summary>Our side of collections.interop.v1.EchoService, served by the platform's gRPC server.</summary>
public sealed class InteropEchoService(EchoCallStats stats) : EchoService.EchoServiceBase
{
    /// <summary>Response header naming the HTTP/2 connection a call arrived on (to prove connection reuse).</summary>
    public const string ConnectionHeader = "x-connection-id";

    public override async Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context)
    {
        using var call = stats.Track(context.CancellationToken);
        var echoed = await SendHeadersAsync(context);
        return new EchoResponse
        {
            Text = request.Text,
            RequestHeaders = { echoed.Seen },
            DeadlineRemainingMs = RemainingMs(context.Deadline),
        };
    }

    public override async Task ExpandEcho(ExpandEchoRequest request, IServerStreamWriter<EchoResponse> responseStream, ServerCallContext context)
    {
        using var call = stats.Track(context.CancellationToken);
        var echoed = await SendHeadersAsync(context);
        for (var index = 0; index < request.Count; index++)
        {
            await responseStream.WriteAsync(new EchoResponse { Text = request.Text, Index = index, RequestHeaders = { echoed.Seen } });
            if (request.IntervalMs > 0)
            {
                await Task.Delay(request.IntervalMs, context.CancellationToken);
            }
        }
    }

    public override async Task<EchoResponse> CollectEcho(IAsyncStreamReader<EchoRequest> requestStream, ServerCallContext context)
    {
        using var call = stats.Track(context.CancellationToken);
        var texts = new List<string>();
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            texts.Add(request.Text);
        }

        return new EchoResponse { Text = string.Join(' ', texts), Index = texts.Count };
    }

    public override async Task ChatEcho(IAsyncStreamReader<EchoRequest> requestStream, IServerStreamWriter<EchoResponse> responseStream, ServerCallContext context)
    {
        using var call = stats.Track(context.CancellationToken);
        var index = 0;
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            await responseStream.WriteAsync(new EchoResponse { Text = request.Text, Index = index++ });
        }
    }

    public override Task<EchoResponse> FailEcho(FailEchoRequest request, ServerCallContext context)
    {
        using var call = stats.Track(context.CancellationToken);
        var status = new Google.Rpc.Status
        {
            Code = request.Code,
            Message = request.Message,
            Details =
            {
                Any.Pack(new ErrorInfo { Reason = request.Reason, Domain = "interop.example", Metadata = { ["field"] = request.Field } }),
                Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = request.Field, Description = "is invalid" } } }),
            },
        };
        throw status.ToRpcException();
    }

    public override async Task<EchoResponse> SleepEcho(SleepEchoRequest request, ServerCallContext context)
    {
        using var call = stats.Track(context.CancellationToken);
        await SendHeadersAsync(context);
        await Task.Delay(request.DelayMs, context.CancellationToken);
        return new EchoResponse { Text = "awake" };
    }

    public override Task<EchoStats> GetEchoStats(GetEchoStatsRequest request, ServerCallContext context) =>
        Task.FromResult(new EchoStats { ActiveCalls = stats.Active, CancelledCalls = stats.Cancelled, CompletedCalls = stats.Completed });

    private static async Task<EchoedHeaders> SendHeadersAsync(ServerCallContext context)
    {
        var echoed = EchoedHeaders.From(context.RequestHeaders);
        echoed.ResponseHeaders.Add(ConnectionHeader, context.GetHttpContext().Connection.Id);
        await context.WriteResponseHeadersAsync(echoed.ResponseHeaders);
        foreach (var trailer in echoed.ResponseTrailers)
        {
            context.ResponseTrailers.Add(trailer);
        }

        return echoed;
    }

    private static long RemainingMs(DateTime deadline) =>
        deadline == DateTime.MaxValue ? 0 : Math.Max(1, (long)(deadline - DateTime.UtcNow).TotalMilliseconds);
}
