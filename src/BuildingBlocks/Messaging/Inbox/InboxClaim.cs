using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CollectionsPlatform.Messaging.Inbox;

/// <summary>
/// Claims (message id, consumer name) in <c>inbox_messages</c> with <c>INSERT … ON CONFLICT DO NOTHING</c>
/// inside the consumer's transaction: one round trip that both checks and records. A concurrent delivery
/// of the same message waits on the key until the first transaction ends, then sees the conflict (handled)
/// or, if the first rolled back, claims it itself — so the handler never runs twice for one message.
/// </summary>
internal static class InboxClaim
{
    private static readonly ConditionalWeakTable<IModel, string> Statements = [];

    public static async Task<bool> TryClaimAsync(
        DbContext dbContext, Guid messageId, string consumerName, DateTimeOffset handledAt, CancellationToken cancellationToken)
    {
        var sql = Statements.GetValue(dbContext.Model, InsertSql);
        var inserted = await dbContext.Database.ExecuteSqlRawAsync(
            sql, [messageId, consumerName, handledAt], cancellationToken);
        return inserted == 1;
    }

    internal static string InsertSql(IModel model)
    {
        var entityType = model.FindEntityType(typeof(InboxMessage))
            ?? throw new InvalidOperationException("The DbContext does not map inbox_messages: call modelBuilder.AddIntegrationEventTables().");
        var table = StoreObjectIdentifier.Table(
            entityType.GetTableName() ?? throw new InvalidOperationException("inbox_messages is not mapped to a table."),
            entityType.GetSchema());
        string Column(string property) =>
            StoreNames.Quote(entityType.FindProperty(property)!.GetColumnName(table)
                ?? throw new InvalidOperationException($"{property} is not mapped to a column."));
        return $"INSERT INTO {StoreNames.QuoteTable(table)} ({Column(nameof(InboxMessage.MessageId))}, {Column(nameof(InboxMessage.ConsumerName))}, " +
               $"{Column(nameof(InboxMessage.HandledAt))}) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING";
    }
}
