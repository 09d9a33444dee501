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
        var inbox = MappedTable.Of<InboxMessage>(model, "inbox_messages");
        return $"INSERT INTO {inbox.Name} ({inbox.Column(nameof(InboxMessage.MessageId))}, {inbox.Column(nameof(InboxMessage.ConsumerName))}, " +
               $"{inbox.Column(nameof(InboxMessage.HandledAt))}) VALUES ({{0}}, {{1}}, {{2}}) ON CONFLICT DO NOTHING";
    }
}
