using System.Diagnostics;
using CollectionsPlatform.Contracts.IntegrationEvents;
using CollectionsPlatform.Messaging.Inbox;
using MassTransit;

namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>Books a ledger entry per PaymentPosted, exactly once; the poison reference always throws.</summary>
public sealed class PaymentPostedConsumer(LedgerDbContext dbContext, ConsumerBehaviour behaviour)
    : IdempotentConsumer<PaymentPosted, LedgerDbContext>(dbContext)
{
    protected override async Task HandleAsync(ConsumeContext<PaymentPosted> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var posted = context.Message;
        behaviour.Attempts.AddOrUpdate(posted.PaymentReference, 1, (_, n) => n + 1);
        if (posted.PaymentReference == ConsumerBehaviour.PoisonReference)
        {
            throw new InvalidOperationException("The ledger rejects this payment reference.");
        }

        if (Activity.Current is { } activity)
        {
            behaviour.TraceIds[posted.PaymentId] = activity.TraceId.ToString();
        }

        if (behaviour.EffectDelay > TimeSpan.Zero)
        {
            await Task.Delay(behaviour.EffectDelay, cancellationToken);
        }

        DbContext.LedgerEntries.Add(new LedgerEntry
        {
            PaymentId = posted.PaymentId,
            CaseId = posted.CaseId,
            Amount = posted.Amount,
            Reference = posted.PaymentReference,
            RecordedAt = DateTimeOffset.UtcNow,
        });
    }
}
