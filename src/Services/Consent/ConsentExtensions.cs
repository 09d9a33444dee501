using CollectionsPlatform.Consent.Data;
using CollectionsPlatform.Messaging;
using CollectionsPlatform.ServiceDefaults.Data;
using CollectionsPlatform.ServiceDefaults.Redis;

namespace CollectionsPlatform.Consent;

/// <summary>The one place the Consent service is wired.</summary>
public static class ConsentExtensions
{
    /// <summary>Database (consentdb, migrated at start-up), Redis, and the event bus with its outbox.</summary>
    public static IHostApplicationBuilder AddConsent(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ConsentDbContext>("consentdb");
        builder.AddRedisClient();
        builder.AddEventBus<ConsentDbContext>();
        return builder;
    }
}
