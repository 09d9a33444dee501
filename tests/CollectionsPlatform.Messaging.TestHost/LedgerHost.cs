using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>
/// A host wired the way a service wires messaging: LedgerDbContext (ConnectionStrings:ledgerdb) and
/// AddEventBus (ConnectionStrings:eventbus), with or without the PaymentPosted consumer.
/// Setting <c>Ledger:EffectDelayMs</c> slows the consumer.
/// </summary>
public static class LedgerHost
{
    public static IHost Create(string[] args, IReadOnlyDictionary<string, string?> settings, bool consume)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:05",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        var ledger = builder.Configuration.GetConnectionString("ledgerdb")
            ?? throw new InvalidOperationException("ConnectionStrings:ledgerdb is not configured.");
        var delay = builder.Configuration.GetValue("Ledger:EffectDelayMs", 0);
        builder.Services.AddSingleton(new ConsumerBehaviour { EffectDelay = TimeSpan.FromMilliseconds(delay) });
        builder.Services.AddDbContext<LedgerDbContext>(options => options.UseNpgsql(ledger));
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
