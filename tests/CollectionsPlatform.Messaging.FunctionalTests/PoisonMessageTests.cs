using System.Text;
using CollectionsPlatform.Messaging.ErrorQueues;
using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Proof 5: a message that always fails lands in the error queue after its retries; the rest keep flowing.</summary>
public sealed class PoisonMessageTests(InfrastructureFixture infrastructure)
{
    private const int GoodEvents = 30;

    [Fact]
    public async Task A_message_that_always_fails_is_retried_then_parked_in_the_error_queue_while_others_flow()
    {
        await using var scenario = await LedgerScenario.CreateAsync(infrastructure, "poison");
        var host = await scenario.StartHostAsync(consume: true);
        var ct = TestContext.Current.CancellationToken;

        await LedgerScenario.PostPaymentAsync(host, 1m, ConsumerBehaviour.PoisonReference);
        for (var i = 0; i < GoodEvents; i++)
        {
            await LedgerScenario.PostPaymentAsync(host, 2m, $"good-{i}");
        }

        var monitor = host.Services.GetRequiredService<ErrorQueueMonitor>();
        await Eventually.HoldsAsync(
            async () => (await monitor.GetDepthsAsync(ct)).Any(d => d is { Queue: LedgerScenario.ConsumerQueue, Messages: 1 }),
            TimeSpan.FromSeconds(30),
            "the poison message waits in payment-posted_error");
        await Eventually.HoldsAsync(
            async () => await scenario.CountAsync() is { Effects: GoodEvents },
            TimeSpan.FromSeconds(30),
            "every good message consumed");

        host.Services.GetRequiredService<ConsumerBehaviour>().Attempts[ConsumerBehaviour.PoisonReference]
            .ShouldBe(4, "1 delivery + 1 immediate retry + 2 interval retries");
        await using (var check = scenario.OpenDbContext())
        {
            (await check.LedgerEntries.CountAsync(e => e.Reference == ConsumerBehaviour.PoisonReference, ct)).ShouldBe(0);
        }

        var parked = await QueueProbe.TakeAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue + ErrorQueueDepthReader.ErrorQueueSuffix);
        parked.ShouldNotBeNull();
        var headers = parked.BasicProperties.Headers.ShouldNotBeNull();
        Encoding.UTF8.GetString((byte[])headers["MT-Fault-Message"]!).ShouldBe("The ledger rejects this payment reference.");
        Encoding.UTF8.GetString(parked.Body.Span).ShouldContain(ConsumerBehaviour.PoisonReference);
    }
}
