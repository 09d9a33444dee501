using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Proof 3: the consumer process SIGKILLed mid-batch, then restarted: no effect lost, none doubled.</summary>
public sealed class ConsumerCrashTests(InfrastructureFixture infrastructure)
{
    private const int Events = 400;

    [Fact]
    public async Task A_consumer_killed_mid_batch_and_restarted_loses_and_doubles_nothing()
    {
        await using var scenario = await LedgerScenario.CreateAsync(infrastructure, "sigkill");

        // a first run of the consumer declares its queue and binding, then stops: the events wait in the queue, so the
        // kill below lands in the middle of a backlog however fast or slow the producer is
        await using (var declare = ConsumerProcess.Start(scenario, effectDelayMs: 0))
        {
            await WaitUntilConsumedAsync(scenario);
            await declare.StopAsync();
        }

        var producer = await scenario.StartHostAsync(consume: false);
        for (var i = 0; i < Events; i++)
        {
            await LedgerScenario.PostPaymentAsync(producer, 5m, $"crash-{i}");
        }

        await Eventually.HoldsAsync(
            async () => await QueueProbe.ReadAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue) is { Messages: Events },
            TimeSpan.FromSeconds(60),
            "every event waits in the consumer's queue");
        await using (var first = ConsumerProcess.Start(scenario, effectDelayMs: 100))
        {
            await Eventually.HoldsAsync(
                async () => await scenario.CountAsync() is { Effects: >= 20 },
                TimeSpan.FromSeconds(60),
                "the child consumer has booked some effects");
            await first.KillAsync();
        }

        var atKill = await scenario.CountAsync();
        atKill.Effects.ShouldBeLessThan(Events, "the kill landed mid-batch");
        atKill.Effects.ShouldBe(atKill.InboxRows);

        var second = ConsumerProcess.Start(scenario, effectDelayMs: 0);
        await using (second)
        {
            await Eventually.HoldsAsync(
                async () => await scenario.CountAsync() is { DistinctEffects: Events },
                TimeSpan.FromSeconds(60),
                "every event consumed after the restart");
            await Eventually.HoldsAsync(
                async () => await QueueProbe.ReadAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue) is { Messages: 0 },
                TimeSpan.FromSeconds(30),
                "the consumer's queue drained");
            await second.StopAsync();
        }

        var final = await scenario.CountAsync();
        final.Effects.ShouldBe(Events, "no effect doubled");
        final.InboxRows.ShouldBe(Events);
        final.PendingOutboxRows.ShouldBe(0);
    }

    private static Task WaitUntilConsumedAsync(LedgerScenario scenario) =>
        Eventually.HoldsAsync(
            async () => await QueueProbe.ReadAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue) is { Consumers: > 0 },
            TimeSpan.FromSeconds(60),
            "the child consumer consumes its queue");
}
