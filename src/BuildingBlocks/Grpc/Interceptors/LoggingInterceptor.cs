using System.Diagnostics;
using CollectionsPlatform.Grpc.Server;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Interceptors;

/// <summary>Logs each call's method, status code and duration (successes at Debug, failures at Information); never messages, metadata or exception text.</summary>
public sealed class LoggingInterceptor(ILogger<LoggingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await continuation(request, context).ConfigureAwait(false);
            Log(context, StatusCode.OK, started);
            return response;
        }
        catch (Exception exception)
        {
            Log(context, CodeOf(exception), started);
            throw;
        }
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        Observe(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        Observe(context, async () =>
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
            return true;
        });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        Observe(context, async () =>
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
            return true;
        });

    private static StatusCode CodeOf(Exception exception) => exception switch
    {
        RpcException rpc => rpc.StatusCode,
        OperationCanceledException => StatusCode.Cancelled,
        _ => StatusCode.Internal,
    };

    private async Task<T> Observe<T>(ServerCallContext context, Func<Task<T>> call)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await call().ConfigureAwait(false);
            Log(context, context.Status.StatusCode, started);
            return result;
        }
        catch (Exception exception)
        {
            Log(context, CodeOf(exception), started);
            throw;
        }
    }

    private void Log(ServerCallContext context, StatusCode code, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (code == StatusCode.OK)
        {
            ServerLog.CallFinished(logger, context.Method, code, elapsed);
        }
        else
        {
            ServerLog.CallFailed(logger, context.Method, code, elapsed);
        }
    }
}
