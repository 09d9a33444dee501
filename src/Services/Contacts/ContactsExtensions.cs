using CollectionsPlatform.Contacts.Data;
using CollectionsPlatform.Data;

namespace CollectionsPlatform.Contacts;

/// <summary>The one place the Contacts service is wired.</summary>
public static class ContactsExtensions
{
    /// <summary>Database (contactsdb through Aspire's Npgsql EF Core integration, migrated before the service reports ready).
    /// No feature publishes or consumes integration events yet, so the service takes no bus (nor Redis): it is
    /// ready on its database alone.</summary>
    public static IHostApplicationBuilder AddContacts(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<ContactsDbContext>("contactsdb");
        builder.AddDatabaseMigration<ContactsDbContext>();
        return builder;
    }
}
