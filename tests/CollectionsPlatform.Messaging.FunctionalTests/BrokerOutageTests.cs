using System.Diagnostics;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Proof 2: RabbitMQ down for a minute while 1,000 state changes commit; its consumer is back within seconds of
/// its return, and every event is consumed once.</summary>
public sealed class BrokerOutageTests(InfrastructureFixture infrastructure)
{
    private const int StateChanges = 1_000;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    /// <summary>Generous on a loaded 2-core machine; the target is 5 s, and MassTransit's own schedule after a minute's
    /// outage waits up to 30 s.</summary>
    private static readonly TimeSpan ReconnectBound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Events_committed_while_RabbitMQ_is_down_for_a_minute_are_all_consumed_exactly_once_soon_after_it_returns()
    {
        await using var scenario = await LedgerScenario.CreateAsync(infrastructure, "outage");
        var host = await scenario.StartHostAsync(consume: true);

        await infrastructure.StopRabbitMqAsync();
        var down = Stopwatch.StartNew();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async worker =>
            {
                for (var i = 0; i < StateChanges / 4; i++)
                {
                    await LedgerScenario.PostPaymentAsync(host, 1m + i, $"outage-{worker}-{i}");
                }
            }));

            var whileDown = await scenario.CountAsync();
            whileDown.Payments.ShouldBe(StateChanges);
            whileDown.PendingOutboxRows.ShouldBe(StateChanges);
            whileDown.Effects.ShouldBe(0);
            if (down.Elapsed < Outage)
            {
                await Task.Delay(Outage - down.Elapsed, TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            await infrastructure.StartRabbitMqAsync();
        }

        var back = Stopwatch.StartNew();
        await Eventually.HoldsAsync(
            async () => await QueueProbe.ReadAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue) is { Consumers: > 0 },
            ReconnectBound,
            "the consumer reconnects soon after the broker accepts connections again");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"consumer back {back.Elapsed.TotalSeconds:F1} s after the broker accepted connections (outage {down.Elapsed.TotalSeconds - back.Elapsed.TotalSeconds:F0} s)");

        await Eventually.HoldsAsync(
            async () => await scenario.CountAsync() is { DistinctEffects: StateChanges, PendingOutboxRows: 0 },
            TimeSpan.FromSeconds(90),
            "all 1,000 events published and consumed after the broker returned");
        await Eventually.HoldsAsync(
            async () => await QueueProbe.ReadAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue) is { Messages: 0 },
            TimeSpan.FromSeconds(30),
            "the consumer's queue drained");
        await scenario.StopHostsAsync();
        var final = await scenario.CountAsync();
        final.Effects.ShouldBe(StateChanges, "each effect exactly once");
        final.InboxRows.ShouldBe(StateChanges);
        (await QueueProbe.ReadAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue + "_error"))?.Messages.ShouldBe(0u);
    }
}
