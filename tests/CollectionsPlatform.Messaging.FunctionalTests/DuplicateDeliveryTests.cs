using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Proof 4: the same message delivered twice has one effect, and both deliveries are acknowledged.</summary>
public sealed class DuplicateDeliveryTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task A_message_delivered_twice_is_handled_once_and_acknowledged_twice()
    {
        await using var scenario = await LedgerScenario.CreateAsync(infrastructure, "duplicate");
        var host = await scenario.StartHostAsync(consume: true);
        var ct = TestContext.Current.CancellationToken;
        var bus = host.Services.GetRequiredService<IBus>();
        var counter = new ConsumeCounter();
        using var observer = bus.ConnectConsumeObserver(counter);
        var payment = new Payment { Id = Guid.NewGuid(), CaseId = Guid.NewGuid(), Amount = 12.34m, Reference = "twice" };
        var messageId = Guid.NewGuid();

        // what an outbox republish after a crash between publish and "mark dispatched" looks like
        for (var delivery = 0; delivery < 2; delivery++)
        {
            await bus.Publish(LedgerCommands.ToEvent(payment), context => context.MessageId = messageId, ct);
        }

        await Eventually.HoldsAsync(
            () => Task.FromResult(counter.Consumed.GetValueOrDefault(messageId) == 2),
            TimeSpan.FromSeconds(20),
            "both deliveries consumed and acknowledged");
        await using var check = scenario.OpenDbContext();
        (await check.LedgerEntries.CountAsync(e => e.PaymentId == payment.Id, ct)).ShouldBe(1);
        host.Services.GetRequiredService<ConsumerBehaviour>().Attempts["twice"].ShouldBe(1, "the handler ran once");
        ((await QueueProbe.ReadAsync(scenario.BrokerUri, LedgerScenario.ConsumerQueue + "_error"))?.Messages ?? 0u).ShouldBe(0u);
    }
}
