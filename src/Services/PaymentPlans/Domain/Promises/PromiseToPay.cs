using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Promises;

/// <summary>A debtor's promise to pay an amount by a date. Payments received by the date plus the grace
/// days count towards it (partial payments too); it is kept as soon as they reach the amount, and
/// partial or broken once the grace days have passed without that.</summary>
public sealed class PromiseToPay
{
    private PromiseToPay(Guid id, Guid caseId, Money amount, DateOnly promisedDate, int graceDays)
    {
        Id = id;
        CaseId = caseId;
        Amount = amount;
        PromisedDate = promisedDate;
        GraceDays = graceDays;
        Paid = Money.Zero(amount.Currency);
        Status = PromiseStatus.Pending;
    }

    public Guid Id { get; }

    public Guid CaseId { get; }

    public Money Amount { get; }

    public DateOnly PromisedDate { get; }

    public int GraceDays { get; }

    public Money Paid { get; private set; }

    public PromiseStatus Status { get; private set; }

    /// <summary>The last day a payment still counts towards the promise.</summary>
    public DateOnly Deadline => PromisedDate.AddDays(GraceDays);

    public static PromiseToPay Make(Guid id, Guid caseId, Money amount, DateOnly promisedDate, DateOnly today, int graceDays)
    {
        if (!amount.IsPositive)
            throw new DomainException("AMOUNT_NOT_POSITIVE", "A promised amount must be greater than zero.", "amount");
        if (promisedDate < today)
            throw new DomainException("PROMISE_DATE_IN_PAST", "A promise date may not be in the past.", "promised_date");
        ArgumentOutOfRangeException.ThrowIfNegative(graceDays);
        return new PromiseToPay(id, caseId, amount, promisedDate, graceDays);
    }

    /// <summary>Rebuilds a stored promise as it was saved.</summary>
    public static PromiseToPay Restore(Guid id, Guid caseId, Money amount, DateOnly promisedDate, int graceDays, Money paid, PromiseStatus status) =>
        new(id, caseId, amount, promisedDate, graceDays) { Paid = paid, Status = status };

    /// <summary>Withdraws a pending promise.</summary>
    public void Cancel()
    {
        if (Status != PromiseStatus.Pending)
            throw new DomainException("PROMISE_NOT_PENDING", "Only a pending promise can be cancelled.");
        Status = PromiseStatus.Cancelled;
    }

    /// <summary>Counts a payment received on a day; returns whether it counted towards the promise.</summary>
    public bool RecordPayment(Money amount, DateOnly receivedOn)
    {
        if (!amount.IsPositive)
            throw new DomainException("AMOUNT_NOT_POSITIVE", "A payment must be greater than zero.", "amount");
        if (amount.Currency != Amount.Currency)
            throw new DomainException("CURRENCY_MISMATCH", "The payment is in another currency than the promise.", "currency_code");
        if (Status != PromiseStatus.Pending || receivedOn > Deadline)
            return false;
        Paid += amount;
        if (Paid >= Amount)
            Status = PromiseStatus.Kept;
        return true;
    }

    /// <summary>Settles the status once the deadline has passed: partial if something was paid, else broken.</summary>
    public PromiseStatus Evaluate(DateOnly today)
    {
        if (Status == PromiseStatus.Pending && today > Deadline)
            Status = Paid.IsPositive ? PromiseStatus.Partial : PromiseStatus.Broken;
        return Status;
    }
}
