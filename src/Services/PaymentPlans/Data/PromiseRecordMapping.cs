using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Promises;

namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>Stored promise ↔ <see cref="PromiseToPay"/>.</summary>
public static class PromiseRecordMapping
{
    public static PromiseToPay ToDomain(this PromiseRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var currency = Currency.FromCode(record.Currency);
        return PromiseToPay.Restore(record.Id, record.CaseId, new Money(record.Amount, currency), record.PromisedDate,
            record.GraceDays, new Money(record.Paid, currency), (PromiseStatus)record.Status);
    }

    /// <summary>Copies the promise's paid amount and status to its record; stamps the resolve time and bumps the etag.</summary>
    public static void CopyStateTo(this PromiseToPay promise, PromiseRecord record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(promise);
        ArgumentNullException.ThrowIfNull(record);
        if (record.Status == (int)PromiseStatus.Pending && promise.Status != PromiseStatus.Pending)
            record.ResolvedAt = now;
        record.Paid = promise.Paid.Amount;
        record.Status = (int)promise.Status;
        record.Version++;
    }
}
