using CollectionsPlatform.Grpc.Errors;
using CollectionsPlatform.Grpc.Tests.V1;

namespace CollectionsPlatform.Grpc.Tests;

/// <summary>The service under test: echoes, and fails on request in the ways the conformance cases need.</summary>
public sealed class EchoServiceImpl(CallObserver observer) : EchoService.EchoServiceBase
{
    public override async Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context)
    {
        Fail(request.FailWith, context);
        if (context.RequestHeaders.GetValue("x-echo") is { } echo)
        {
            await context.WriteResponseHeadersAsync(new Metadata { { "x-echo", echo } });
        }

        if (context.RequestHeaders.GetValueBytes("x-data-bin") is { } data)
        {
            context.ResponseTrailers.Add("x-data-bin", data);
        }

        if (request.DelayMs > 0)
        {
            try
            {
                await Task.Delay(request.DelayMs, context.CancellationToken);
            }
            catch (OperationCanceledException)
            {
                observer.EchoCancelled.TrySetResult(context.CancellationToken.IsCancellationRequested);
                throw;
            }
        }

        var text = request.FailWith == "whoami" ? context.User.Identity?.Name ?? "anonymous" : request.Text;
        return new EchoResponse { Text = text, PayloadSize = request.Payload.Length };
    }

    public override async Task Expand(EchoRequest request, IServerStreamWriter<EchoResponse> responseStream, ServerCallContext context)
    {
        try
        {
            for (var i = 1; request.Repeat == 0 || i <= request.Repeat; i++)
            {
                await responseStream.WriteAsync(new EchoResponse { Text = request.Text, Sequence = i });
                if (request.Repeat == 0)
                {
                    await Task.Delay(20, context.CancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            observer.ExpandCancelled.TrySetResult(true);
            throw;
        }
    }

    public override async Task<EchoResponse> Collect(IAsyncStreamReader<EchoRequest> requestStream, ServerCallContext context)
    {
        var texts = new List<string>();
        await foreach (var request in requestStream.ReadAllAsync(context.CancellationToken))
        {
            Fail(request.FailWith, context);
            texts.Add(request.Text);
        }

        return new EchoResponse { Text = string.Join(",", texts), Sequence = texts.Count };
    }

    public override async Task Chat(IAsyncStreamReader<EchoRequest> requestStream, IServerStreamWriter<EchoResponse> responseStream, ServerCallContext context)
    {
        var sequence = 0;
        while (await requestStream.MoveNext(context.CancellationToken))
        {
            await responseStream.WriteAsync(new EchoResponse { Text = requestStream.Current.Text.ToUpperInvariant(), Sequence = ++sequence });
        }
    }

    private static void Fail(string failWith, ServerCallContext context)
    {
        switch (failWith)
        {
            case "invalid":
                throw RpcErrors.InvalidArgument("TEXT_REQUIRED", "testing.collections", ("text", "must not be empty"));
            case "precondition":
                throw RpcErrors.FailedPrecondition("CASE_ON_HOLD", "testing.collections", "The case is on hold.", ("STATE", "cases/1", "on hold"));
            case "crash":
                throw new InvalidOperationException("secret-detail-must-not-leak");
            case "unicode":
                throw new RpcException(new Status(StatusCode.FailedPrecondition, "café 100% done\n"));
            case "status":
                context.Status = new Status(StatusCode.NotFound, "set through the context");
                break;
        }
    }
}
