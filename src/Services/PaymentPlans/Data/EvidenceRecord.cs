namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>One evidence reference of an assessment (table <c>assessment_evidence</c>): document id, type, date.</summary>
public sealed class EvidenceRecord
{
    public Guid AssessmentId { get; set; }

    public int Position { get; set; }

    public required string DocumentId { get; set; }

    public int Type { get; set; }

    public DateOnly DocumentDate { get; set; }
}
