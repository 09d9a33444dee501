using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Api.Database;

/// <summary>Log messages of transient database failures met by gRPC calls.</summary>
internal static partial class DatabaseLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "{Method} answered UNAVAILABLE: transient database failure (SQLSTATE {SqlState}), nothing committed")]
    public static partial void Unavailable(ILogger logger, string method, string? sqlState, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Method} answered UNKNOWN: transient database failure (SQLSTATE {SqlState}) during a commit, outcome unknown")]
    public static partial void OutcomeUnknown(ILogger logger, string method, string? sqlState, Exception exception);
}
