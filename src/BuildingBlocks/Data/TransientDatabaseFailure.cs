using Npgsql;

namespace CollectionsPlatform.Data;

/// <summary>
/// Whether a failure came from PostgreSQL being unreachable, restarting or shedding load (worth retrying later) rather
/// than from the statement itself: Npgsql's own <see cref="NpgsqlException.IsTransient"/> (network errors, 57P01–57P03,
/// 08xxx, 53xxx, serialization failures, deadlocks) or a timeout, anywhere in the chain of inner exceptions — EF Core
/// wraps them in DbUpdateException or, once its execution strategy gives up, RetryLimitExceededException.
/// </summary>
public static class TransientDatabaseFailure
{
    public static bool IsTransient(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is NpgsqlException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The exception's type and, for a server error, its SQLSTATE: never its message, which may quote data.</summary>
    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException postgres)
            {
                return $"{exception.GetType().Name}, SQLSTATE {postgres.SqlState}";
            }
        }

        return exception.InnerException is { } inner ? $"{exception.GetType().Name} ({inner.GetType().Name})" : exception.GetType().Name;
    }
}
