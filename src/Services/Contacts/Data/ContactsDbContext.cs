using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Contacts.Data;

/// <summary>The Contacts service's own database (contactsdb). Its domain tables arrive with the Contacts issue.</summary>
public sealed class ContactsDbContext(DbContextOptions<ContactsDbContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
    }
}
