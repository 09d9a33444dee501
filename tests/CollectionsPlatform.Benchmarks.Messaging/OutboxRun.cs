using System.Diagnostics;
using CollectionsPlatform.Data;
using CollectionsPlatform.Messaging.Outbox;
using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>
/// End to end through the outbox: producers commit a payment + PaymentPosted (one SaveChanges each);
/// the dispatcher publishes; the idempotent consumer commits a ledger entry + inbox row. Latency is
/// "SaveChanges returned" → "consume (and its commit) completed".
/// </summary>
internal static class OutboxRun
{
    /// <summary>Throughput run (producers flat out), then a paced run (one producer, 20 ms apart) for healthy latency.</summary>
    public static async Task<(RunResult Throughput, RunResult Paced)> RunAsync(
        InfrastructureFixture infrastructure, int events, int producers)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ledgerdb"] = await infrastructure.CreateDatabaseAsync("bench_outbox"),
            ["ConnectionStrings:eventbus"] = await infrastructure.CreateVirtualHostAsync("bench_outbox"),

            // BENCH_DISPATCH_LOG=Debug prints every dispatch batch with its read/publish/mark timings
            ["Logging:LogLevel:CollectionsPlatform.Messaging.Outbox"] = Environment.GetEnvironmentVariable("BENCH_DISPATCH_LOG") ?? "Warning",
        };
        using var host = LedgerHost.Create([], settings, consume: true);
        await host.StartAsync();
        await host.Services.GetRequiredService<DatabaseMigrationState<LedgerDbContext>>().WaitUntilMigratedAsync(CancellationToken.None);
        var bus = host.Services.GetRequiredService<IBusControl>();
        await Waiting.UntilAsync(() => bus.CheckHealth().Status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(60), "bus healthy");
        var warmUp = new ConsumeClock();
        using (bus.ConnectConsumeObserver(warmUp))
        {
            await ProduceAsync(host, warmUp, 400, producers);
            await Waiting.UntilAsync(() => warmUp.Consumed.Count == 400, TimeSpan.FromMinutes(2), "warm-up consumed");
        }

        var clock = new ConsumeClock();
        using var observer = bus.ConnectConsumeObserver(clock);
        var cpu = new CpuMeter();
        var started = Stopwatch.GetTimestamp();
        await ProduceAsync(host, clock, events, producers);
        var committed = Stopwatch.GetElapsedTime(started);
        await WaitDispatchedAsync(host);
        var dispatched = Stopwatch.GetElapsedTime(started);
        await Waiting.UntilAsync(() => clock.Consumed.Count == events, TimeSpan.FromMinutes(5), "all events consumed");
        Console.WriteLine(
            $"  outbox phases: all committed {committed.TotalSeconds:F2} s, all published {dispatched.TotalSeconds:F2} s, " +
            $"all consumed {Stopwatch.GetElapsedTime(started).TotalSeconds:F2} s; {clock.Split()}; {cpu.Report(events)}");
        var result = clock.Summarise("outbox + idempotent consumer", events, started);

        var paced = new ConsumeClock();
        using (bus.ConnectConsumeObserver(paced))
        {
            var pacedStarted = Stopwatch.GetTimestamp();
            for (var i = 0; i < 200; i++)
            {
                await ProduceAsync(host, paced, 1, 1);
                await Task.Delay(20);
            }

            await Waiting.UntilAsync(() => paced.Consumed.Count == 200, TimeSpan.FromMinutes(1), "paced events consumed");
            var pacedResult = paced.Summarise("outbox, paced 1 producer (latency)", 200, pacedStarted);
            await host.StopAsync();
            return (result, pacedResult);
        }
    }

    private static async Task WaitDispatchedAsync(IHost host)
    {
        while (true)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var dbContext = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            if (!await dbContext.Set<OutboxMessage>().AnyAsync(m => m.DispatchedAt == null))
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    private static Task ProduceAsync(IHost host, ConsumeClock clock, int events, int producers) =>
        Task.WhenAll(Enumerable.Range(0, producers).Select(async _ =>
        {
            for (var i = 0; i < events / producers; i++)
            {
                await using var scope = host.Services.CreateAsyncScope();
                var dbContext = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
                var payment = LedgerCommands.StagePayment(dbContext, 1m, "bench");
                await dbContext.SaveChangesAsync();
                clock.Start(payment.Id, Stopwatch.GetTimestamp());
            }
        }));
}
