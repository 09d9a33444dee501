using CollectionsPlatform.Messaging;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.ServiceDefaults.Data;
using CollectionsPlatform.ServiceDefaults.Redis;

namespace CollectionsPlatform.PaymentPlans;

/// <summary>The one place the Payment plans service is wired.</summary>
public static class PaymentPlansExtensions
{
    /// <summary>Database (paymentplansdb, migrated at start-up), Redis, and the event bus with its outbox.</summary>
    public static IHostApplicationBuilder AddPaymentPlans(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PaymentPlansDbContext>("paymentplansdb");
        builder.AddRedisClient();
        builder.AddEventBus<PaymentPlansDbContext>();
        return builder;
    }
}
