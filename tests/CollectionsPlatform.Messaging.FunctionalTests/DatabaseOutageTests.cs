using CollectionsPlatform.Messaging.ErrorQueues;
using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Proof 7: PostgreSQL down for a minute while messages wait: the consumer keeps retrying them, dead-letters
/// none, and books each exactly once when the database returns.</summary>
public sealed class DatabaseOutageTests(InfrastructureFixture infrastructure)
{
    private const int Messages = 20;
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Messages_arriving_while_PostgreSQL_is_down_for_a_minute_are_booked_once_when_it_returns_and_none_is_dead_lettered()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scenario = await LedgerScenario.CreateAsync(infrastructure, "dbdown");
        var host = await scenario.StartHostAsync(consume: true);
        var bus = host.Services.GetRequiredService<IBus>();
        var errorQueue = LedgerScenario.ConsumerQueue + ErrorQueueDepthReader.ErrorQueueSuffix;

        await infrastructure.StopPostgresAsync();
        try
        {
            for (var i = 0; i < Messages; i++)
            {
                var payment = new Payment { Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), Amount = 1m + i, Reference = $"dbdown-{i}" };
                await bus.Publish(LedgerCommands.ToEvent(payment), ct);
            }

            await Task.Delay(Outage, ct);
            ((await QueueProbe.ReadAsync(scenario.BrokerUri, errorQueue))?.Messages ?? 0u).ShouldBe(0u, "nothing dead-lettered during the outage");
        }
        finally
        {
            await infrastructure.StartPostgresAsync();
        }

        await Eventually.HoldsAsync(
            async () => await scenario.CountAsync() is { DistinctEffects: Messages },
            TimeSpan.FromSeconds(180),
            "every message booked after PostgreSQL returned");
        await Eventually.HoldsAsync(
            async () => await QueueProbe.ReadAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue) is { Messages: 0 },
            TimeSpan.FromSeconds(30),
            "the consumer's queue drained");
        var final = await scenario.CountAsync();
        final.Effects.ShouldBe(Messages, "each booked exactly once");
        ((await QueueProbe.ReadAsync(scenario.BrokerUri, errorQueue))?.Messages ?? 0u).ShouldBe(0u, "nothing dead-lettered");
    }
}
