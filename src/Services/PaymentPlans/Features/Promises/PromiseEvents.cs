using CollectionsPlatform.Contracts.IntegrationEvents;
using CollectionsPlatform.PaymentPlans.Domain.Promises;

namespace CollectionsPlatform.PaymentPlans.Features.Promises;

/// <summary>PromiseKept and PromiseBroken (partial payments are reported as broken with what was paid).</summary>
public static class PromiseEvents
{
    public static PromiseKept Kept(PromiseToPay promise, DateTimeOffset at) => new()
    {
        PromiseId = promise.Id,
        CaseId = promise.CaseId,
        PromisedAmount = promise.Amount.Amount,
        PaidAmount = promise.Paid.Amount,
        Currency = promise.Amount.Currency.Code,
        OccurredAt = at,
    };

    public static PromiseBroken Broken(PromiseToPay promise, DateTimeOffset at) => new()
    {
        PromiseId = promise.Id,
        CaseId = promise.CaseId,
        PromisedAmount = promise.Amount.Amount,
        PaidAmount = promise.Paid.Amount,
        Currency = promise.Amount.Currency.Code,
        PromisedDate = promise.PromisedDate,
        OccurredAt = at,
    };
}
