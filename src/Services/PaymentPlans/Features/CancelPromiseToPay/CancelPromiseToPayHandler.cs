using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Promises;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.CancelPromiseToPay;

/// <summary>Cancels a pending promise; a retried request id reads the promise instead.</summary>
public sealed class CancelPromiseToPayHandler(PaymentPlansDbContext db, PromiseStore promises, RequestLog requests, TimeProvider clock)
{
    public async Task<PromiseRecord> HandleAsync(Guid caseId, Guid promiseId, string? etag, RequestKey request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await requests.ReplayAsync(request.RequestId, request.Fingerprint, cancellationToken) is not null)
            return await promises.ReadAsync(caseId, promiseId, cancellationToken);
        var now = clock.Now();
        var record = await promises.CancelAsync(caseId, promiseId, etag, now, cancellationToken);
        requests.Record(request.RequestId, request.Fingerprint, ResourceNames.Child(caseId, ResourceNames.PromisesToPay, promiseId), now);
        await db.SaveAsync(cancellationToken);
        return record;
    }
}
