using CollectionsPlatform.Messaging.Inbox;
using CollectionsPlatform.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CollectionsPlatform.Messaging.Tests;

public sealed class IntegrationEventTablesTests
{
    [Fact]
    public void The_outbox_table_is_snake_case_with_a_pending_index_in_dispatch_order()
    {
        using var dbContext = new ModelOnlyDbContext();
        var outbox = dbContext.Model.FindEntityType(typeof(OutboxMessage)).ShouldNotBeNull();

        outbox.GetTableName().ShouldBe("outbox_messages");
        Columns(outbox).ShouldBe(
            ["body", "created_at", "dispatched_at", "message_id", "message_type", "ordering_key", "sequence_number", "trace_parent", "trace_state"],
            ignoreOrder: true);
        outbox.FindPrimaryKey()!.Properties.Single().Name.ShouldBe(nameof(OutboxMessage.SequenceNumber));
        var pending = outbox.GetIndexes().Single(i => i.GetDatabaseName() == "ix_outbox_messages_pending");
        pending.Properties.Single().Name.ShouldBe(nameof(OutboxMessage.SequenceNumber));
        pending.GetFilter().ShouldBe("dispatched_at IS NULL");
        outbox.GetIndexes().Single(i => i.Properties.Single().Name == nameof(OutboxMessage.MessageId)).IsUnique.ShouldBeTrue();
    }

    [Fact]
    public void The_inbox_table_is_keyed_by_message_id_and_consumer_name()
    {
        using var dbContext = new ModelOnlyDbContext();
        var inbox = dbContext.Model.FindEntityType(typeof(InboxMessage)).ShouldNotBeNull();

        inbox.GetTableName().ShouldBe("inbox_messages");
        Columns(inbox).ShouldBe(["consumer_name", "handled_at", "message_id"], ignoreOrder: true);
        inbox.FindPrimaryKey()!.Properties.Select(p => p.Name)
            .ShouldBe([nameof(InboxMessage.MessageId), nameof(InboxMessage.ConsumerName)]);
    }

    private static string[] Columns(IEntityType entity) =>
        [.. entity.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, null))!)];
}
