namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>An affordability assessment (table <c>affordability_assessments</c>): monthly figures in the case
/// currency, the share used and the results, with its evidence references.</summary>
public sealed class AssessmentRecord
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string Currency { get; set; }

    public decimal MonthlyIncome { get; set; }

    public decimal FixedExpenses { get; set; }

    public decimal OtherDebtService { get; set; }

    public int AffordableShareBps { get; set; }

    public decimal DisposableIncome { get; set; }

    public decimal MaxInstalment { get; set; }

    public string? AssessorId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<EvidenceRecord> Evidence { get; set; } = [];
}
