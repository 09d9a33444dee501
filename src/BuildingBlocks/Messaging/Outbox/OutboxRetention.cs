using CollectionsPlatform.Data;
using CollectionsPlatform.Messaging.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>Deletes dispatched outbox rows and old inbox rows of <typeparamref name="TDbContext"/> on a schedule,
/// once the database is migrated.</summary>
internal sealed class OutboxRetention<TDbContext>(
    IServiceScopeFactory scopeFactory,
    DatabaseMigrationState<TDbContext> migration,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxRetention<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly string ContextName = typeof(TDbContext).Name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await migration.WaitUntilMigratedAsync(stoppingToken))
        {
            return;
        }

        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.CleanupInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CleanUpSafelyAsync(settings, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host stopping
        }
    }

    private async Task CleanUpSafelyAsync(OutboxOptions settings, CancellationToken stoppingToken)
    {
        try
        {
            await CleanUpAsync(settings, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.CleanupFailed(exception, ContextName);
        }
    }

    private async Task CleanUpAsync(OutboxOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = timeProvider.GetUtcNow();
        var dispatchedBefore = now - settings.RetainDispatchedFor;
        var handledBefore = now - settings.RetainInboxFor;
        var outboxRows = await dbContext.Set<OutboxMessage>()
            .Where(m => m.DispatchedAt != null && m.DispatchedAt < dispatchedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var inboxRows = await dbContext.Set<InboxMessage>()
            .Where(m => m.HandledAt < handledBefore)
            .ExecuteDeleteAsync(cancellationToken);
        logger.CleanedUp(ContextName, outboxRows, inboxRows);
    }
}
