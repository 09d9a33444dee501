using CollectionsPlatform.Consent.Data;
using CollectionsPlatform.Data;

namespace CollectionsPlatform.Consent;

/// <summary>The one place the Consent service is wired.</summary>
public static class ConsentExtensions
{
    /// <summary>Database (consentdb through Aspire's Npgsql EF Core integration, migrated before the service reports ready).
    /// No feature publishes or consumes integration events yet, so the service takes no bus (nor Redis): it is
    /// ready on its database alone.</summary>
    public static IHostApplicationBuilder AddConsent(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<ConsentDbContext>("consentdb");
        builder.AddDatabaseMigration<ConsentDbContext>();
        return builder;
    }
}
