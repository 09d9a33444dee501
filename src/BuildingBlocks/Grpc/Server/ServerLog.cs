using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Log messages of the server runtime; never message contents, metadata values or exception messages.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "gRPC method {Method} failed with an unhandled {ExceptionType}; the caller receives INTERNAL. Stack: {StackTrace}")]
    public static partial void UnhandledException(ILogger logger, string method, string exceptionType, string? stackTrace);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "gRPC method {Method}: status not sent ({Reason})")]
    public static partial void StatusNotSent(ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "gRPC call rejected: {Reason}")]
    public static partial void CallRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "gRPC {Method} finished with {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void CallFinished(ILogger logger, string method, StatusCode statusCode, double elapsedMilliseconds);
}
