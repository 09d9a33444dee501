using CollectionsPlatform.Contracts.IntegrationEvents;
using CollectionsPlatform.Messaging.TestHost;
using MassTransit;

namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>
/// The fair reference consumer: the same effect as <see cref="PaymentPostedConsumer"/> (one ledger entry,
/// committed), but no inbox — what a service without the outbox and inbox would do.
/// </summary>
internal sealed class RawLedgerConsumer(LedgerDbContext dbContext) : IConsumer<PaymentPosted>
{
    public async Task Consume(ConsumeContext<PaymentPosted> context)
    {
        var posted = context.Message;
        dbContext.LedgerEntries.Add(new LedgerEntry
        {
            PaymentId = posted.PaymentId,
            CaseId = posted.CaseId,
            Amount = posted.Amount,
            Reference = posted.PaymentReference,
            RecordedAt = DateTimeOffset.UtcNow,
        });
        await dbContext.SaveChangesAsync(context.CancellationToken);
    }
}
