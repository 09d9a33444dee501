using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Data;

/// <summary>Migrates the database in the background, retrying with capped exponential backoff while PostgreSQL is
/// unreachable; the host keeps answering /alive meanwhile and reports not ready until it has succeeded.</summary>
internal sealed partial class DatabaseMigrator<TDbContext>(
    IServiceScopeFactory scopes,
    DatabaseMigrationState<TDbContext> state,
    ILogger<DatabaseMigrator<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = FirstDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
                await db.Database.MigrateAsync(stoppingToken);
                state.MarkMigrated();
                LogMigrated(typeof(TDbContext).Name);
                return;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && TransientDatabaseFailure.IsTransient(ex))
            {
                state.RecordFailure();
                LogRetry(typeof(TDbContext).Name, state.FailedAttempts, delay.TotalSeconds, TransientDatabaseFailure.Describe(ex));
            }

            await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database of {Context} migrated")]
    private partial void LogMigrated(string context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database of {Context} not migrated (attempt {Attempt}, {Error}); retrying in {DelaySeconds}s")]
    private partial void LogRetry(string context, int attempt, double delaySeconds, string error);
}
