using CollectionsPlatform.Messaging.Outbox;
using CollectionsPlatform.Messaging.TestHost;
using CollectionsPlatform.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Proof 1: a state change and its event commit together; a failure between leaves neither.</summary>
public sealed class AtomicCommitTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Failures_before_commit_leave_neither_state_nor_event_and_a_commit_publishes_exactly_its_event()
    {
        await using var scenario = await LedgerScenario.CreateAsync(infrastructure, "atomic");
        var host = await scenario.StartHostAsync(consume: true);
        var ct = TestContext.Current.CancellationToken;

        // the process "dies" after SaveChanges inside an explicit transaction, before Commit (an explicit transaction
        // runs inside the execution strategy, as the retrying strategy of AddNpgsqlDbContext requires)
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var dbContext = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            await dbContext.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await dbContext.Database.BeginTransactionAsync(ct);
                LedgerCommands.StagePayment(dbContext, 10m, "rolled-back");
                await dbContext.SaveChangesAsync(ct);
            });
        }

        // the same SaveChanges also writes a conflicting row: the whole unit of work fails
        var existing = await LedgerScenario.PostPaymentAsync(host, 20m, "existing");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var dbContext = scope.ServiceProvider.GetRequiredService<LedgerDbContext>();
            LedgerCommands.StagePayment(dbContext, 30m, "failed-save");
            dbContext.Payments.Add(new Payment { Id = existing.Id, CaseId = Guid.NewGuid(), Amount = 1m, Reference = "duplicate-key" });
            await Should.ThrowAsync<DbUpdateException>(() => dbContext.SaveChangesAsync(ct));
        }

        var committed = await LedgerScenario.PostPaymentAsync(host, 40m, "committed");

        await Eventually.HoldsAsync(
            async () => await scenario.CountAsync() is { Effects: 2, PendingOutboxRows: 0 },
            TimeSpan.FromSeconds(20),
            "both committed payments consumed");
        await using var check = scenario.OpenDbContext();
        (await check.Payments.Select(p => p.Reference).OrderBy(r => r).ToListAsync(ct)).ShouldBe(["committed", "existing"]);
        (await check.Set<OutboxMessage>().CountAsync(ct)).ShouldBe(2);
        (await check.LedgerEntries.Select(e => e.PaymentId).OrderBy(id => id).ToListAsync(ct))
            .ShouldBe(new[] { existing.Id, committed.Id }.Order().ToList());
    }
}
