using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Proof 2: RabbitMQ down while 1,000 state changes commit; after it returns every event is consumed once.</summary>
public sealed class BrokerOutageTests(InfrastructureFixture infrastructure)
{
    private const int StateChanges = 1_000;

    [Fact]
    public async Task Events_committed_while_RabbitMQ_is_down_are_all_consumed_exactly_once_after_it_returns()
    {
        await using var scenario = await LedgerScenario.CreateAsync(infrastructure, "outage");
        var host = await scenario.StartHostAsync(consume: true);

        await infrastructure.StopRabbitMqAsync();
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
        }
        finally
        {
            await infrastructure.StartRabbitMqAsync();
        }

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
