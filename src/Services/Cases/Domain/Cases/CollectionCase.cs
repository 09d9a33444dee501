using CollectionsPlatform.Domain;
namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>One delinquent account being collected: references and financial facts only (R10: no
/// gender, age, occupation or marital status; personal data lives in the consent service).</summary>
public sealed partial class CollectionCase
{
    private readonly List<BucketChange> bucketHistory = [];
    private readonly List<TimelineEntry> timeline = [];
    private readonly List<CaseHold> holds = [];
    private readonly HashSet<string> postedPaymentIds = new(StringComparer.Ordinal);
    private readonly List<CaseEvent> pendingEvents = [];

    private CollectionCase(Guid id, string accountReference, string debtorReference, ProductType product, CaseBalances balances)
    {
        Id = id;
        AccountReference = accountReference;
        DebtorReference = debtorReference;
        Product = product;
        Balances = balances;
        UnappliedCredit = Money.Zero(balances.Currency);
        Assignment = new CaseAssignment(DefaultQueue, null);
    }

    public const string DefaultQueue = "unassigned";

    public Guid Id { get; }

    /// <summary>The core-banking account number or key (an account reference, not personal data).</summary>
    public string AccountReference { get; }

    /// <summary>Reference to the debtor's record in the consent and privacy service.</summary>
    public string DebtorReference { get; }

    public ProductType Product { get; }

    public Currency Currency => Balances.Currency;

    public CaseBalances Balances { get; private set; }

    /// <summary>Paid beyond the balance; held for the account.</summary>
    public Money UnappliedCredit { get; private set; }

    public int DaysPastDue { get; private set; }

    public DelinquencyBucket Bucket { get; private set; }

    public CaseState State { get; private set; } = CaseState.Open;

    /// <summary>The first of the holds pausing collection, if any.</summary>
    public CaseHold? Hold => holds.Count > 0 ? holds[0] : null;

    /// <summary>Every hold pausing collection, oldest first.</summary>
    public IReadOnlyList<CaseHold> Holds => holds;

    /// <summary>The state the case returns to when its hold is lifted.</summary>
    public CaseState? StateBeforeHold { get; private set; }

    public CaseAssignment Assignment { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<BucketChange> BucketHistory => bucketHistory;

    public IReadOnlyList<TimelineEntry> Timeline => timeline;

    public IReadOnlyCollection<string> PostedPaymentIds => postedPaymentIds;

    public static CollectionCase Open(
        Guid id, string accountReference, string debtorReference, ProductType product,
        CaseBalances balances, int daysPastDue, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(balances);
        Require(accountReference, "account_reference");
        Require(debtorReference, "debtor_reference");
        if (!Enum.IsDefined(product))
            throw new DomainException("PRODUCT_UNKNOWN", "The product type is not known.", "product");
        var bucket = DelinquencyBuckets.FromDaysPastDue(daysPastDue);
        if (bucket == DelinquencyBucket.Current)
            throw new DomainException("ACCOUNT_NOT_DELINQUENT", "A case is opened only for an account past due.", "days_past_due");
        if (!balances.Total.IsPositive)
            throw new DomainException("BALANCE_NOT_POSITIVE", "A case is opened only for an amount owed.", "balances");
        var opened = new CollectionCase(id, accountReference, debtorReference, product, balances)
        {
            DaysPastDue = daysPastDue,
            Bucket = bucket,
            OpenedAt = at,
            UpdatedAt = at,
        };
        opened.bucketHistory.Add(new BucketChange(DelinquencyBucket.Current, bucket, daysPastDue, at));
        opened.Record(at, TimelineEntryKind.Opened, $"Case opened in bucket {bucket} at {daysPastDue} days past due");
        opened.pendingEvents.Add(new CaseOpenedEvent(id, at));
        return opened;
    }

    /// <summary>Applies a day's delinquency row: new balances and days past due, a bucket move with its
    /// history, cure when the account is back to current, reopening when a cured account falls behind again.</summary>
    public DelinquencyUpdateOutcome ApplyDelinquency(CaseBalances balances, int daysPastDue, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(balances);
        if (CaseStateMachine.IsFinished(State))
            throw new DomainException("CASE_FINISHED", "The case is finished; a new delinquency opens a new case.");
        if (balances.Currency != Currency)
            throw new DomainException("CURRENCY_MISMATCH", "The row's currency differs from the case's.", "currency_code");
        var bucket = DelinquencyBuckets.FromDaysPastDue(daysPastDue);
        var previousBucket = Bucket;
        Balances = balances;
        DaysPastDue = daysPastDue;
        UpdatedAt = at;
        Record(at, TimelineEntryKind.BalancesUpdated, $"Balances and days past due updated ({daysPastDue} days)");
        if (bucket != previousBucket)
            MoveBucket(previousBucket, bucket, at);
        if (bucket == DelinquencyBucket.Current && State != CaseState.Cured)
        {
            MoveTo(CaseState.Cured, "back_to_current", at);
            return DelinquencyUpdateOutcome.Cured;
        }

        if (bucket != DelinquencyBucket.Current && State == CaseState.Cured)
        {
            MoveTo(CaseState.Open, "delinquent_again", at);
            if (Hold is not null)
            {
                StateBeforeHold = CaseState.Open;
                ChangeState(CaseState.OnHold, $"hold:{Hold.Reason}", at);
            }

            return DelinquencyUpdateOutcome.Reopened;
        }

        return bucket != previousBucket ? DelinquencyUpdateOutcome.BucketMoved : DelinquencyUpdateOutcome.Updated;
    }

    /// <summary>Applies a payment from core banking to fees, then interest, then principal; anything
    /// beyond the balance is held as credit. A payment id already posted changes nothing.</summary>
    public PaymentPostingOutcome PostPayment(string paymentId, Money amount, DateTimeOffset at)
    {
        Require(paymentId, "payment_id");
        if (!amount.IsPositive)
            throw new DomainException("AMOUNT_NOT_POSITIVE", "A payment must be greater than zero.", "amount");
        if (amount.Currency != Currency)
            throw new DomainException("CURRENCY_MISMATCH", "The payment's currency differs from the case's.", "currency_code");
        if (!postedPaymentIds.Add(paymentId))
            return PaymentPostingOutcome.Duplicate;
        var toFees = Money.Min(amount, Balances.Fees);
        var toInterest = Money.Min(amount - toFees, Balances.Interest);
        var toPrincipal = Money.Min(amount - toFees - toInterest, Balances.Principal);
        UnappliedCredit += amount - toFees - toInterest - toPrincipal;
        Balances = new CaseBalances(Balances.Principal - toPrincipal, Balances.Interest - toInterest, Balances.Fees - toFees);
        UpdatedAt = at;
        Record(at, TimelineEntryKind.PaymentPosted, $"Payment {paymentId} posted", new TimelineDetail(RelatedId: paymentId));
        pendingEvents.Add(new PaymentPostedEvent(Id, paymentId, amount, at));
        if (Balances.Total.IsZero && State != CaseState.Cured && CaseStateMachine.CanMove(State, CaseState.Cured))
        {
            DaysPastDue = 0;
            MoveBucket(Bucket, DelinquencyBucket.Current, at);
            MoveTo(CaseState.Cured, "paid_in_full", at);
        }

        return PaymentPostingOutcome.Applied;
    }

    /// <summary>Hands out and clears the events raised since the last call (for the outbox).</summary>
    public IReadOnlyList<CaseEvent> DequeueEvents()
    {
        var events = pendingEvents.ToList();
        pendingEvents.Clear();
        return events;
    }

    private void MoveBucket(DelinquencyBucket from, DelinquencyBucket to, DateTimeOffset at)
    {
        if (from == to)
            return;
        Bucket = to;
        bucketHistory.Add(new BucketChange(from, to, DaysPastDue, at));
        Record(at, TimelineEntryKind.BucketChanged, $"Bucket {from} → {to}", new TimelineDetail((int)from, (int)to));
        pendingEvents.Add(new CaseBucketChangedEvent(Id, from, to, at));
    }

    private void Record(DateTimeOffset at, TimelineEntryKind kind, string description, TimelineDetail? detail = null) =>
        timeline.Add(new TimelineEntry(at, kind, description) { Detail = detail });

    private static void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException("FIELD_REQUIRED", $"The field {field} is required.", field);
    }
}
