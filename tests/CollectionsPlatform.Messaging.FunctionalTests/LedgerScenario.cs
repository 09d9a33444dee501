using CollectionsPlatform.Messaging.Inbox;
using CollectionsPlatform.Messaging.Outbox;
using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>One test's own ledger database and RabbitMQ virtual host, the hosts it started, and queries.</summary>
internal sealed class LedgerScenario(string ledgerConnectionString, string brokerUri) : IAsyncDisposable
{
    public const string ConsumerQueue = "payment-posted";

    private readonly List<IHost> hosts = [];

    public string LedgerConnectionString => ledgerConnectionString;

    public string BrokerUri => brokerUri;

    /// <summary>A new database, migrated unless <paramref name="migrate"/> is false (then the first host migrates it), and a
    /// new virtual host.</summary>
    public static async Task<LedgerScenario> CreateAsync(InfrastructureFixture infrastructure, string name, bool migrate = true)
    {
        var ct = TestContext.Current.CancellationToken;
        var scenario = new LedgerScenario(
            await infrastructure.CreateDatabaseAsync(name, ct), await infrastructure.CreateVirtualHostAsync(name, ct));
        if (migrate)
        {
            await using var dbContext = scenario.OpenDbContext();
            await dbContext.Database.MigrateAsync(ct);
        }

        return scenario;
    }

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:ledgerdb"] = ledgerConnectionString,
        ["ConnectionStrings:eventbus"] = brokerUri,
    };

    /// <summary>Starts a service host; with a consumer, waits until its queue is bound and consumed.</summary>
    public async Task<IHost> StartHostAsync(bool consume, ILoggerProvider? logs = null)
    {
        var host = LedgerHost.Create([], Settings, consume, logs);
        hosts.Add(host);
        await host.StartAsync(TestContext.Current.CancellationToken);
        if (consume)
        {
            await Eventually.HoldsAsync(
                async () => await QueueProbe.ReadAsync(brokerUri, ConsumerQueue) is { Consumers: > 0 },
                TimeSpan.FromSeconds(30),
                "the consumer's queue is consumed");
        }

        return host;
    }

    /// <summary>A DbContext without the host's interceptors: for reading results.</summary>
    public LedgerDbContext OpenDbContext() =>
        new(new DbContextOptionsBuilder<LedgerDbContext>().UseNpgsql(ledgerConnectionString).Options);

    public static async Task<Payment> PostPaymentAsync(IHost host, decimal amount, string reference)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var dbContext = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
        var payment = LedgerCommands.StagePayment(dbContext, amount, reference);
        await dbContext.SaveChangesAsync(TestContext.Current.CancellationToken);
        return payment;
    }

    public async Task<LedgerCounts> CountAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var dbContext = OpenDbContext();
        return new LedgerCounts(
            Payments: await dbContext.Payments.CountAsync(ct),
            Effects: await dbContext.LedgerEntries.CountAsync(ct),
            DistinctEffects: await dbContext.LedgerEntries.Select(e => e.PaymentId).Distinct().CountAsync(ct),
            OutboxRows: await dbContext.Set<OutboxMessage>().CountAsync(ct),
            PendingOutboxRows: await dbContext.Set<OutboxMessage>().CountAsync(m => m.DispatchedAt == null, ct),
            InboxRows: await dbContext.Set<InboxMessage>().CountAsync(ct));
    }

    public static Task<bool> BusHealthyAsync(IHost host) =>
        Task.FromResult(host.Services.GetRequiredService<IBusControl>().CheckHealth().Status == BusHealthStatus.Healthy);

    /// <summary>Stops every host gracefully: in-flight messages finish or return to the queue.</summary>
    public async Task StopHostsAsync()
    {
        foreach (var host in hosts)
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
        }

        hosts.Clear();
    }

    public async ValueTask DisposeAsync() => await StopHostsAsync();
}
