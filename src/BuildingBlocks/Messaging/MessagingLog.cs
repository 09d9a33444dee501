using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Messaging;

/// <summary>Log events of the messaging building block: ids, counts and exception types only.</summary>
internal static partial class MessagingLog
{
    [LoggerMessage(1, LogLevel.Warning,
        "Outbox dispatch of {DbContext} failed ({ConsecutiveFailures} in a row); retrying in {RetryDelay}")]
    public static partial void DispatchFailed(
        this ILogger logger, Exception exception, string dbContext, int consecutiveFailures, TimeSpan retryDelay);

    [LoggerMessage(2, LogLevel.Debug,
        "Outbox of {DbContext} published {Count} messages (read {ReadMs} ms, publish {PublishMs} ms, mark and commit {MarkMs} ms)")]
    public static partial void BatchPublished(this ILogger logger, string dbContext, int count, long readMs, long publishMs, long markMs);

    [LoggerMessage(3, LogLevel.Information,
        "Outbox cleanup of {DbContext} removed {OutboxRows} dispatched and {InboxRows} inbox rows")]
    public static partial void CleanedUp(this ILogger logger, string dbContext, int outboxRows, int inboxRows);

    [LoggerMessage(4, LogLevel.Warning, "Outbox cleanup of {DbContext} failed")]
    public static partial void CleanupFailed(this ILogger logger, Exception exception, string dbContext);

    [LoggerMessage(5, LogLevel.Warning, "Could not read the depth of error queue {Queue}")]
    public static partial void ErrorQueueUnreadable(this ILogger logger, Exception exception, string queue);
}
