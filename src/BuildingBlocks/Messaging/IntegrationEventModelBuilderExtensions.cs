using CollectionsPlatform.Messaging.Inbox;
using CollectionsPlatform.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging;

public static class IntegrationEventModelBuilderExtensions
{
    /// <summary>
    /// Maps the <c>outbox_messages</c> and <c>inbox_messages</c> tables (snake_case) into the service's
    /// model; call from <c>OnModelCreating</c> so migrations create them beside the service's own tables.
    /// </summary>
    public static ModelBuilder AddIntegrationEventTables(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        return modelBuilder;
    }
}
