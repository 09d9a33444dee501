namespace CollectionsPlatform.Cases.Data;

/// <summary>A payment posted from core banking (table <c>payments</c>), keyed by core banking's payment id so a
/// posting happens once; <see cref="EventId"/> is the PaymentPosted event's payment id.</summary>
public sealed class PaymentRecord
{
    public required string PaymentId { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>Insertion order; payments list newest first on it.</summary>
    public long Sequence { get; set; }

    public Guid EventId { get; set; }

    public decimal Amount { get; set; }

    public required string Currency { get; set; }

    public DateOnly ValueDate { get; set; }

    public int Channel { get; set; }

    public DateTimeOffset PostedAt { get; set; }
}
