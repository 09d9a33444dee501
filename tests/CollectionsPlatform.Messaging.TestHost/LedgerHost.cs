using CollectionsPlatform.Data;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>
/// A host wired the way a service wires its database and messaging: LedgerDbContext through Aspire's
/// AddNpgsqlDbContext (ConnectionStrings:ledgerdb, retrying execution strategy), migrated at start-up, and
/// AddEventBus (ConnectionStrings:eventbus), with or without the PaymentPosted consumer.
/// Setting <c>Ledger:EffectDelayMs</c> slows the consumer; <c>logs</c>, when given, sees every log record.
/// </summary>
public static class LedgerHost
{
    public static IHost Create(string[] args, IReadOnlyDictionary<string, string?> settings, bool consume, ILoggerProvider? logs = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:05",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        var delay = builder.Configuration.GetValue("Ledger:EffectDelayMs", 0);
        builder.Services.AddSingleton(new ConsumerBehaviour { EffectDelay = TimeSpan.FromMilliseconds(delay) });
        builder.AddNpgsqlDbContext<LedgerDbContext>("ledgerdb");
        builder.AddDatabaseMigration<LedgerDbContext>();
        builder.AddEventBus<LedgerDbContext>(bus =>
        {
            if (consume)
            {
                bus.AddConsumer<PaymentPostedConsumer, PaymentPostedConsumerDefinition>();
            }
        });
        return builder.Build();
    }
}
