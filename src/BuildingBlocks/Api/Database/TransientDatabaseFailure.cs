using System.Data.Common;

namespace CollectionsPlatform.Api.Database;

/// <summary>
/// Recognises a database failure that says nothing about the request: the server restarting, shutting down, out of
/// connections or unreachable. Npgsql, EF Core's wrappers (DbUpdateException, RetryLimitExceededException, the
/// "likely due to a transient failure" InvalidOperationException) and pool timeouts all carry a
/// <see cref="DbException"/> somewhere in their inner exceptions, so no provider types are needed.
/// </summary>
public static class TransientDatabaseFailure
{
    /// <summary>PostgreSQL states that mean "the server went away or is not accepting work", beyond what the provider
    /// itself marks transient: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, and class 08
    /// (connection exceptions).</summary>
    private static readonly HashSet<string> ServerUnavailableStates = new(StringComparer.Ordinal) { "57P01", "57P02", "57P03", "53300" };

    /// <summary>The transient database exception inside <paramref name="exception"/>, or null when there is none.</summary>
    public static DbException? Find(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException database && (database.IsTransient || IsServerUnavailable(database.SqlState)))
            {
                return database;
            }
        }

        return null;
    }

    private static bool IsServerUnavailable(string? sqlState) =>
        sqlState is not null && (ServerUnavailableStates.Contains(sqlState) || sqlState.StartsWith("08", StringComparison.Ordinal));
}
