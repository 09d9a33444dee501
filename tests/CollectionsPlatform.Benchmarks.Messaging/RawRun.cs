using System.Diagnostics;
using CollectionsPlatform.Messaging.Bus;
using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>
/// The references, plain MassTransit publish (with broker confirms) → consume, no outbox, no inbox, with the
/// same consumer endpoint concurrency as the idempotent consumer. Bare: no database at all (the issue's
/// literal reference). With the database: the producer commits the payment, then publishes (a dual write),
/// and the consumer commits the ledger entry — the same state change and effect as the outbox run.
/// </summary>
internal static class RawRun
{
    public static async Task<RunResult> RunAsync(InfrastructureFixture infrastructure, int events, int producers, bool withDatabase)
    {
        var name = withDatabase ? "bench_rawdb" : "bench_raw";
        var connection = EventBusConnection.Parse(await infrastructure.CreateVirtualHostAsync(name));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (withDatabase)
        {
            var ledger = await infrastructure.CreateDatabaseAsync(name);
            builder.Services.AddDbContext<LedgerDbContext>(options => options.UseNpgsql(ledger));
        }

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            if (withDatabase)
            {
                // BENCH_RAW_INBOX=1: the dual-write reference with the idempotent consumer (isolates the inbox's cost)
                if (Environment.GetEnvironmentVariable("BENCH_RAW_INBOX") == "1")
                {
                    builder.Services.AddSingleton(new ConsumerBehaviour());
                    bus.AddConsumer<PaymentPostedConsumer, ReferenceConsumerDefinition<PaymentPostedConsumer>>();
                }
                else
                {
                    bus.AddConsumer<RawLedgerConsumer, ReferenceConsumerDefinition<RawLedgerConsumer>>();
                }
            }
            else
            {
                bus.AddConsumer<RawConsumer, ReferenceConsumerDefinition<RawConsumer>>();
            }

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(connection.Host, connection.Port, connection.VirtualHost, h =>
                {
                    h.Username(connection.Username);
                    h.Password(connection.Password);
                });
                rabbit.ConfigureEndpoints(context);
            });
        });
        using var host = builder.Build();
        if (withDatabase)
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LedgerDbContext>().Database.MigrateAsync();
        }

        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();
        await Waiting.UntilAsync(() => bus.CheckHealth().Status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(60), "bus healthy");
        var warmUp = new ConsumeClock();
        using (bus.ConnectConsumeObserver(warmUp))
        {
            await PublishAsync(host, warmUp, 400, producers, withDatabase);
            await Waiting.UntilAsync(() => warmUp.Consumed.Count == 400, TimeSpan.FromMinutes(2), "warm-up consumed");
        }

        var clock = new ConsumeClock();
        using var observer = bus.ConnectConsumeObserver(clock);
        var cpu = new CpuMeter();
        var started = Stopwatch.GetTimestamp();
        await PublishAsync(host, clock, events, producers, withDatabase);
        var published = Stopwatch.GetElapsedTime(started);
        await Waiting.UntilAsync(() => clock.Consumed.Count == events, TimeSpan.FromMinutes(5), "all events consumed");
        Console.WriteLine(
            $"  {name} phases: all committed and published {published.TotalSeconds:F2} s, " +
            $"all consumed {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s; {clock.Split()}; {cpu.Report(events)}");
        var result = clock.Summarise(withDatabase ? "raw + same DB work (dual write)" : "raw bare (no database)", events, started);
        await host.StopAsync();
        return result;
    }

    private static Task PublishAsync(IHost host, ConsumeClock clock, int events, int producers, bool withDatabase) =>
        Task.WhenAll(Enumerable.Range(0, producers).Select(async _ =>
        {
            var bus = host.Services.GetRequiredService<IBus>();
            for (var i = 0; i < events / producers; i++)
            {
                var payment = new Payment { Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), Amount = 1m, Reference = "bench" };
                if (withDatabase)
                {
                    await using var scope = host.Services.CreateAsyncScope();
                    var dbContext = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
                    dbContext.Payments.Add(payment);
                    await dbContext.SaveChangesAsync();
                }

                clock.Start(payment.Id, Stopwatch.GetTimestamp());
                await bus.Publish(LedgerCommands.ToEvent(payment));
            }
        }));
}
