using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.ServiceDefaults.Data;

/// <summary>Whether <typeparamref name="TDbContext"/>'s database has been created and migrated in this process.
/// Background work that needs the schema can await <see cref="Migrated"/>.</summary>
public sealed class DatabaseMigrationState<TDbContext>
    where TDbContext : DbContext
{
    private readonly TaskCompletionSource migrated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the migrations have been applied.</summary>
    public Task Migrated => migrated.Task;

    /// <summary>True once the migrations have been applied.</summary>
    public bool IsMigrated => migrated.Task.IsCompletedSuccessfully;

    /// <summary>Number of failed attempts so far.</summary>
    public int FailedAttempts { get; private set; }

    internal void RecordFailure() => FailedAttempts++;

    internal void MarkMigrated() => migrated.TrySetResult();
}
