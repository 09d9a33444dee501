using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>
/// Exception → status: RpcException as is (with its trailers), cancellation → DEADLINE_EXCEEDED or CANCELLED,
/// anything else INTERNAL with a fixed message (the exception text never reaches the caller unless detailed errors are on).
/// </summary>
internal static class StatusMapper
{
    public static readonly Status DeadlineExceeded = new(StatusCode.DeadlineExceeded, "Deadline Exceeded");

    public static (Status Status, Metadata? Trailers) Map(Exception exception, HttpContextServerCallContext context, ILogger logger)
    {
        if (context.DeadlineExceeded)
        {
            return (DeadlineExceeded, null);
        }

        switch (exception)
        {
            case RpcException rpc:
                return (rpc.Status, rpc.Trailers);
            case OperationCanceledException:
                return (new Status(StatusCode.Cancelled, "Call canceled by the client."), null);
            case IOException when context.CancellationToken.IsCancellationRequested:
                return (new Status(StatusCode.Cancelled, "Call canceled by the client."), null);
            default:
                ServerLog.UnhandledException(logger, context.Method, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace);
                var detail = context.Options.EnableDetailedErrors
                    ? $"Exception was thrown by handler. {exception.GetType().Name}: {exception.Message}"
                    : "Exception was thrown by handler.";
                return (new Status(StatusCode.Internal, detail), null);
        }
    }
}
