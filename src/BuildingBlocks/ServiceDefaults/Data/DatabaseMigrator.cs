using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.ServiceDefaults.Data;

/// <summary>Creates and migrates the database in the background, retrying with capped exponential backoff
/// while PostgreSQL is unreachable; the host keeps serving /alive meanwhile.</summary>
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
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested && IsTransient(ex))
            {
                state.RecordFailure();
                LogRetry(typeof(TDbContext).Name, state.FailedAttempts, delay.TotalSeconds, ex.GetType().Name);
            }

            await Task.Delay(delay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }

    private static bool IsTransient(Exception ex) =>
        ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException { InnerException: Npgsql.NpgsqlException };

    [LoggerMessage(Level = LogLevel.Information, Message = "Database for {Context} migrated")]
    private partial void LogMigrated(string context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database for {Context} unreachable (attempt {Attempt}, {Error}); retrying in {DelaySeconds}s")]
    private partial void LogRetry(string context, int attempt, double delaySeconds, string error);
}
