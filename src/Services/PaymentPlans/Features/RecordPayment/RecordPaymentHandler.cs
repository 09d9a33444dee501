using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.RecordPayment;

/// <summary>RecordPayment: the same allocation as the PaymentPosted consumer, idempotent by payment id.</summary>
public sealed class RecordPaymentHandler(PaymentPlansDbContext db, PaymentAllocator allocator, TimeProvider clock)
{
    public async Task<PaymentAllocationRecord> HandleAsync(PostedPayment payment, CancellationToken cancellationToken)
    {
        var record = await allocator.StageAsync(payment, clock.Now(), cancellationToken);
        if (db.ChangeTracker.HasChanges())
            await db.SaveAsync(cancellationToken);
        return record;
    }
}
