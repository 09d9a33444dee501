using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging.Inbox;

/// <summary>
/// A consumer whose effects happen exactly once per message: it records (MessageId, consumer name) in
/// <c>inbox_messages</c> in the same transaction as the effects staged by <see cref="HandleAsync"/>, and
/// acknowledges a message it has already handled without running it again. Effects are changes to
/// <see cref="DbContext"/> (including events staged with <c>AddIntegrationEvent</c>); this base saves and
/// commits them. Register with <c>AddConsumer&lt;TConsumer, IdempotentConsumerDefinition&lt;TConsumer&gt;&gt;()</c>
/// or a definition of your own for the retry policy.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDbContext>(TDbContext dbContext) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : DbContext
{
    protected TDbContext DbContext { get; } = dbContext;

    /// <summary>The inbox key's consumer part; keep it stable across deployments.</summary>
    protected virtual string ConsumerName => GetType().FullName ?? GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.");
        var strategy = DbContext.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            (Consumer: this, Context: context, MessageId: messageId),
            (_, state, ct) => state.Consumer.HandleOnceAsync(state.Context, state.MessageId, ct),
            verifySucceeded: null,
            context.CancellationToken);
    }

    /// <summary>Stages the message's effects on <see cref="DbContext"/>; do not commit here.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TMessage> context, CancellationToken cancellationToken);

    private async Task<bool> HandleOnceAsync(
        ConsumeContext<TMessage> context, Guid messageId, CancellationToken cancellationToken)
    {
        DbContext.ChangeTracker.Clear();
        var database = DbContext.Database;
        var autoSavepoints = database.AutoSavepointsEnabled;

        // the whole transaction is retried or abandoned on failure: a savepoint around SaveChanges only costs round trips
        database.AutoSavepointsEnabled = false;
        try
        {
            await using var transaction = await database.BeginTransactionAsync(cancellationToken);
            var claimed = await InboxClaim.TryClaimAsync(
                DbContext, messageId, ConsumerName, DateTimeOffset.UtcNow, cancellationToken);
            Activity.Current?.SetTag("messaging.inbox.duplicate", !claimed);
            if (!claimed)
            {
                await transaction.CommitAsync(cancellationToken);
                return false;
            }

            await HandleAsync(context, cancellationToken);
            await DbContext.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch
        {
            DbContext.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            database.AutoSavepointsEnabled = autoSavepoints;
        }
    }
}
