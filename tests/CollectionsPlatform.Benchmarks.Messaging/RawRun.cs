using System.Diagnostics;
using CollectionsPlatform.Messaging.Bus;
using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>The reference: plain MassTransit publish (with broker confirms) → consume, no outbox, no database.</summary>
internal static class RawRun
{
    public static async Task<RunResult> RunAsync(InfrastructureFixture infrastructure, int events, int producers)
    {
        var connection = EventBusConnection.Parse(await infrastructure.CreateVirtualHostAsync("bench_raw"));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            bus.AddConsumer<RawConsumer>();
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
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBusControl>();
        await Waiting.UntilAsync(() => bus.CheckHealth().Status == BusHealthStatus.Healthy, TimeSpan.FromSeconds(60), "bus healthy");
        var warmUp = new ConsumeClock();
        using (bus.ConnectConsumeObserver(warmUp))
        {
            await PublishAsync(bus, warmUp, 400, producers);
            await Waiting.UntilAsync(() => warmUp.Consumed.Count == 400, TimeSpan.FromMinutes(2), "warm-up consumed");
        }

        var clock = new ConsumeClock();
        using var observer = bus.ConnectConsumeObserver(clock);
        var started = Stopwatch.GetTimestamp();
        await PublishAsync(bus, clock, events, producers);
        await Waiting.UntilAsync(() => clock.Consumed.Count == events, TimeSpan.FromMinutes(5), "all events consumed");
        var result = clock.Summarise("raw MassTransit publish → consume", events, started);
        await host.StopAsync();
        return result;
    }

    private static Task PublishAsync(IBus bus, ConsumeClock clock, int events, int producers) =>
        Task.WhenAll(Enumerable.Range(0, producers).Select(async _ =>
        {
            for (var i = 0; i < events / producers; i++)
            {
                var payment = new Payment { Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), Amount = 1m, Reference = "bench" };
                clock.Start(payment.Id, Stopwatch.GetTimestamp());
                await bus.Publish(LedgerCommands.ToEvent(payment));
            }
        }));
}
