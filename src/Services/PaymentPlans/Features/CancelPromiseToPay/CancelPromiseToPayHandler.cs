using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Promises;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Features.CancelPromiseToPay;

/// <summary>Cancels a pending promise; a retried request id reads the promise instead.</summary>
public sealed class CancelPromiseToPayHandler(PaymentPlansDbContext db, PromiseStore promises, PlanRequestReplay requests, TimeProvider clock)
{
    public async Task<PromiseRecord> HandleAsync(Guid caseId, Guid promiseId, string? etag, RequestKey request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await requests.ReplayAsync(request, cancellationToken) is not null)
            return await promises.ReadAsync(caseId, promiseId, cancellationToken);
        var now = clock.Now();
        var record = await promises.CancelAsync(caseId, promiseId, etag, now, cancellationToken);
        requests.Remember(request, ResourceNames.Child(caseId, ResourceCollections.PromisesToPay, promiseId), now);
        await db.SaveAsync(cancellationToken);
        return record;
    }
}
