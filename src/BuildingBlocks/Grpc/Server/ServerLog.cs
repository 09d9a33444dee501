using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Log messages of the server runtime; never message contents, metadata values or exception messages.</summary>
internal static partial class ServerLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "gRPC method {Method} failed with an unhandled {ExceptionType}; the caller receives INTERNAL. Stack: {StackTrace}")]
    public static partial void UnhandledException(ILogger logger, string method, string exceptionType, string? stackTrace);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "gRPC method {Method}: status not sent ({Reason})")]
    public static partial void StatusNotSent(ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "gRPC {Method} finished with {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void CallFinished(ILogger logger, string method, StatusCode statusCode, double elapsedMilliseconds);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "gRPC {Method} failed with {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void CallFailed(ILogger logger, string method, StatusCode statusCode, double elapsedMilliseconds);
}
