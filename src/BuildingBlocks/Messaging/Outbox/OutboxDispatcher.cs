using System.Runtime.ExceptionServices;
using CollectionsPlatform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>
/// Publishes committed outbox rows of <typeparamref name="TDbContext"/> in sequence order, at least once.
/// Wakes on every commit that staged events (<see cref="OutboxSignal{TDbContext}"/>), polls as a safety
/// net, and backs off while the broker or the database is unavailable. A PostgreSQL advisory lock keeps
/// one dispatcher per database active at a time, so replicas cannot reorder an aggregate's events.
/// Starts only once the database is migrated: it never polls a table that does not exist yet.
/// </summary>
internal sealed class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopeFactory,
    OutboxPublisher publisher,
    OutboxSignal<TDbContext> signal,
    DatabaseMigrationState<TDbContext> migration,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private const long AdvisoryLockKey = 0x0C0_11EC_7105;

    private static readonly string ContextName = typeof(TDbContext).Name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await migration.WaitUntilMigratedAsync(stoppingToken))
        {
            return;
        }

        var settings = options.Value;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            int dispatched;
            try
            {
                dispatched = await DispatchBatchAsync(settings, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = RetryBackoff.Delay(failures, settings.MaxBackoff);
                logger.DispatchFailed(exception, ContextName, failures, delay);
                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            if (dispatched < settings.BatchSize)
            {
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
        }
    }

    private async Task<int> DispatchBatchAsync(OutboxOptions settings, CancellationToken stoppingToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var strategy = dbContext.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(
            (Context: dbContext, Settings: settings),
            (_, state, ct) => DispatchInTransactionAsync(state.Context, state.Settings, ct),
            verifySucceeded: null,
            stoppingToken);
    }

    private async Task<int> DispatchInTransactionAsync(
        TDbContext dbContext, OutboxOptions settings, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        await using var transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
        var batch = await PendingBatchQuery.LockAndReadAsync(dbContext, AdvisoryLockKey, settings.BatchSize, cancellationToken);
        if (batch.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        var read = timeProvider.GetTimestamp();
        using var publishTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        publishTimeout.CancelAfter(settings.PublishTimeout);
        var outcome = await publisher.PublishAsync(batch, publishTimeout.Token);
        var publishedAt = timeProvider.GetTimestamp();
        var published = outcome.PublishedSequenceNumbers;
        if (published.Count > 0)
        {
            var now = timeProvider.GetUtcNow();
            await dbContext.Set<OutboxMessage>()
                .Where(m => published.Contains(m.SequenceNumber))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.DispatchedAt, now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.BatchPublished(
            ContextName,
            published.Count,
            (long)timeProvider.GetElapsedTime(started, read).TotalMilliseconds,
            (long)timeProvider.GetElapsedTime(read, publishedAt).TotalMilliseconds,
            (long)timeProvider.GetElapsedTime(publishedAt).TotalMilliseconds);
        if (outcome.Failure is not null)
        {
            ExceptionDispatchInfo.Throw(outcome.Failure);
        }

        return batch.Count;
    }
}
