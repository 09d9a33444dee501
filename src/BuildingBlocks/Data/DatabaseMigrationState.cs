using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Data;

/// <summary>Whether <typeparamref name="TDbContext"/>'s database has been migrated in this process. Background work
/// that reads or writes the schema (outbox dispatch, retention, sweeps) awaits <see cref="WaitUntilMigratedAsync"/> first.</summary>
public sealed class DatabaseMigrationState<TDbContext>
    where TDbContext : DbContext
{
    private readonly TaskCompletionSource migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int failedAttempts;

    /// <summary>True once the migrations have been applied.</summary>
    public bool IsMigrated => migrated.Task.IsCompletedSuccessfully;

    /// <summary>Number of failed attempts so far.</summary>
    public int FailedAttempts => Volatile.Read(ref failedAttempts);

    /// <summary>Waits until the migrations have been applied (true) or <paramref name="cancellationToken"/> fires
    /// first (false, the host is stopping). Never throws.</summary>
    public async Task<bool> WaitUntilMigratedAsync(CancellationToken cancellationToken)
    {
        await migrated.Task.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return IsMigrated;
    }

    internal void RecordFailure() => Interlocked.Increment(ref failedAttempts);

    internal void MarkMigrated() => migrated.TrySetResult();
}
