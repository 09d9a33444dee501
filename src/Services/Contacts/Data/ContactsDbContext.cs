using CollectionsPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Contacts.Data;

/// <summary>The Contacts service's own database (contactsdb): for now the outbox and inbox of its integration events;
/// its domain tables arrive with the Contacts issue.</summary>
public sealed class ContactsDbContext(DbContextOptions<ContactsDbContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddIntegrationEventTables();
    }
}
