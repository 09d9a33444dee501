using CollectionsPlatform.Contracts.IntegrationEvents;
using CollectionsPlatform.Domain;
using CollectionsPlatform.Messaging.Inbox;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using MassTransit;

namespace CollectionsPlatform.PaymentPlans.Features.RecordPayment;

/// <summary>Allocates every payment the Cases service posts, once (inbox by message id, and the allocation by core
/// banking's payment reference, so a RecordPayment call for the same payment is not counted twice).</summary>
public sealed class PaymentPostedConsumer(PaymentPlansDbContext db, PaymentAllocator allocator, TimeProvider clock)
    : IdempotentConsumer<PaymentPosted, PaymentPlansDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<PaymentPosted> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var posted = context.Message;
        var currency = Currency.FromCode(posted.Currency);
        var paymentId = string.IsNullOrEmpty(posted.PaymentReference) ? posted.PaymentId.ToString("D") : posted.PaymentReference;
        await allocator.StageAsync(
            new PostedPayment(paymentId, posted.CaseId, new Money(posted.Amount, currency), posted.ValueDate), clock.Now(), cancellationToken);
    }
}
