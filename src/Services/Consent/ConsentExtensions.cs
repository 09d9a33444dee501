using CollectionsPlatform.Consent.Data;
using CollectionsPlatform.ServiceDefaults.Data;
using CollectionsPlatform.ServiceDefaults.Redis;

namespace CollectionsPlatform.Consent;

/// <summary>The one place the Consent service is wired.</summary>
public static class ConsentExtensions
{
    /// <summary>Database (consentdb, migrated at start-up), Redis.</summary>
    public static IHostApplicationBuilder AddConsent(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ConsentDbContext>("consentdb");
        builder.AddRedisClient();
        return builder;
    }
}
