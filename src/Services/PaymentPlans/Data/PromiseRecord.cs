namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>A promise to pay (table <c>promises_to_pay</c>). <see cref="Version"/> is the etag.</summary>
public sealed class PromiseRecord
{
    public Guid Id { get; set; }

    public long Sequence { get; set; }

    public Guid CaseId { get; set; }

    public required string Currency { get; set; }

    public decimal Amount { get; set; }

    public DateOnly PromisedDate { get; set; }

    public int GraceDays { get; set; }

    public decimal Paid { get; set; }

    public int Status { get; set; }

    public string? AgentId { get; set; }

    public string? ContactAttempt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public int Version { get; set; }
}
