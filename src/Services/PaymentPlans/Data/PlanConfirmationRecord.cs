namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>The written confirmation of an accepted plan (table <c>plan_confirmations</c>): the exact text sent
/// and its SHA-256, so the text can be proven unchanged (R9).</summary>
public sealed class PlanConfirmationRecord
{
    public Guid PlanId { get; set; }

    public Guid DocumentId { get; set; }

    public required string Text { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset IssuedAt { get; set; }
}
