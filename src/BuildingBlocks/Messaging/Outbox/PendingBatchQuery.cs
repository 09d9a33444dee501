using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>
/// One round trip that takes the dispatcher's transaction-scoped advisory lock and reads the next pending
/// rows in sequence order: the lock is an uncorrelated sub-select (evaluated once); when another dispatcher
/// holds it the query returns no rows.
/// </summary>
internal static class PendingBatchQuery
{
    private static readonly ConditionalWeakTable<IModel, string> Statements = [];

    public static Task<List<OutboxMessage>> LockAndReadAsync(
        DbContext dbContext, long advisoryLockKey, int batchSize, CancellationToken cancellationToken) =>
        dbContext.Set<OutboxMessage>()
            .FromSqlRaw(Statements.GetValue(dbContext.Model, Sql), advisoryLockKey, batchSize)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

    internal static string Sql(IModel model)
    {
        var outbox = MappedTable.Of<OutboxMessage>(model, "outbox_messages");
        return $"SELECT * FROM {outbox.Name} " +
               $"WHERE {outbox.Column(nameof(OutboxMessage.DispatchedAt))} IS NULL AND (SELECT pg_try_advisory_xact_lock({{0}})) " +
               $"ORDER BY {outbox.Column(nameof(OutboxMessage.SequenceNumber))} LIMIT {{1}}";
    }
}
