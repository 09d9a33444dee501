using CollectionsPlatform.Domain;
namespace CollectionsPlatform.Cases.Data;

/// <summary>The stored row of a case (table <c>cases</c>): references and financial facts only.</summary>
public sealed class CaseRecord
{
    public Guid Id { get; set; }

    /// <summary>Insertion order; lists page newest first on it.</summary>
    public long Sequence { get; set; }

    public required string AccountReference { get; set; }

    public required string DebtorReference { get; set; }

    public int Product { get; set; }

    public required string Jurisdiction { get; set; }

    public required string Currency { get; set; }

    public decimal Principal { get; set; }

    public decimal Interest { get; set; }

    public decimal Fees { get; set; }

    public decimal TotalPaid { get; set; }

    public int DaysPastDue { get; set; }

    public int Bucket { get; set; }

    public int State { get; set; }

    public required string Queue { get; set; }

    public string? AgentId { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset BucketChangedAt { get; set; }

    /// <summary>Paid beyond the balance, held for the account.</summary>
    public decimal UnappliedCredit { get; set; }

    /// <summary>The state a held case returns to when its hold is lifted.</summary>
    public int? StateBeforeHold { get; set; }

    public Guid? PlanId { get; set; }

    public int PlanState { get; set; }

    public int PromiseState { get; set; }

    public int BrokenPromises { get; set; }

    /// <summary>Why the case left collection; null while it is collected.</summary>
    public int? CloseReason { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>Optimistic concurrency version, also the etag.</summary>
    public int Version { get; set; }

    public List<BucketChangeRecord> BucketChanges { get; set; } = [];

    public List<TimelineEntryRecord> Timeline { get; set; } = [];

    public List<PaymentRecord> Payments { get; set; } = [];

    /// <summary>The holds pausing collection, oldest first.</summary>
    public List<CaseHoldRecord> Holds { get; set; } = [];
}
