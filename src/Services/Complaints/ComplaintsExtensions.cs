using CollectionsPlatform.Complaints.Data;
using CollectionsPlatform.Messaging;
using CollectionsPlatform.ServiceDefaults.Data;
using CollectionsPlatform.ServiceDefaults.Redis;

namespace CollectionsPlatform.Complaints;

/// <summary>The one place the Complaints service is wired.</summary>
public static class ComplaintsExtensions
{
    /// <summary>Database (complaintsdb, migrated at start-up), Redis, and the event bus with its outbox.</summary>
    public static IHostApplicationBuilder AddComplaints(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ComplaintsDbContext>("complaintsdb");
        builder.AddRedisClient();
        builder.AddEventBus<ComplaintsDbContext>();
        return builder;
    }
}
