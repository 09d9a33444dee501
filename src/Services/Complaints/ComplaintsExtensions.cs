using CollectionsPlatform.Complaints.Data;
using CollectionsPlatform.Data;

namespace CollectionsPlatform.Complaints;

/// <summary>The one place the Complaints service is wired.</summary>
public static class ComplaintsExtensions
{
    /// <summary>Database (complaintsdb through Aspire's Npgsql EF Core integration, migrated before the service reports ready).
    /// No feature publishes or consumes integration events yet, so the service takes no bus (nor Redis): it is
    /// ready on its database alone.</summary>
    public static IHostApplicationBuilder AddComplaints(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<ComplaintsDbContext>("complaintsdb");
        builder.AddDatabaseMigration<ComplaintsDbContext>();
        return builder;
    }
}
