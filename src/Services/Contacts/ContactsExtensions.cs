using CollectionsPlatform.Contacts.Data;
using CollectionsPlatform.Messaging;
using CollectionsPlatform.ServiceDefaults.Data;
using CollectionsPlatform.ServiceDefaults.Redis;

namespace CollectionsPlatform.Contacts;

/// <summary>The one place the Contacts service is wired.</summary>
public static class ContactsExtensions
{
    /// <summary>Database (contactsdb, migrated at start-up), Redis, and the event bus with its outbox.</summary>
    public static IHostApplicationBuilder AddContacts(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ContactsDbContext>("contactsdb");
        builder.AddRedisClient();
        builder.AddEventBus<ContactsDbContext>();
        return builder;
    }
}
