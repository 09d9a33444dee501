using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Affordability;

/// <summary>Monthly income − fixed expenses − other debt service = disposable income; the largest
/// affordable instalment is a share of it (policy, default 50 %), rounded down to the minor unit and
/// never below zero.</summary>
public sealed record AffordabilityAssessment
{
    public AffordabilityAssessment(
        Money monthlyIncome, Money fixedExpenses, Money otherDebtService, decimal affordableShare,
        IReadOnlyList<EvidenceReference> evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        EnsureNotNegative(monthlyIncome, "monthly_income");
        EnsureNotNegative(fixedExpenses, "fixed_expenses");
        EnsureNotNegative(otherDebtService, "other_debt_service");
        if (affordableShare <= 0m || affordableShare > 1m)
            throw new DomainException("AFFORDABLE_SHARE_OUT_OF_RANGE", "The affordable share must be above 0 and at most 1.", "affordable_share");
        if (evidence.Any(e => string.IsNullOrWhiteSpace(e.DocumentId)))
            throw new DomainException("EVIDENCE_DOCUMENT_ID_MISSING", "Every evidence reference needs a document id.", "evidence");
        DisposableIncome = monthlyIncome - fixedExpenses - otherDebtService;
        var currency = monthlyIncome.Currency;
        LargestAffordableInstalment = DisposableIncome.IsPositive
            ? Money.RoundDown(DisposableIncome.Amount * affordableShare, currency)
            : Money.Zero(currency);
        MonthlyIncome = monthlyIncome;
        FixedExpenses = fixedExpenses;
        OtherDebtService = otherDebtService;
        AffordableShare = affordableShare;
        Evidence = evidence;
    }

    public Money MonthlyIncome { get; }

    public Money FixedExpenses { get; }

    public Money OtherDebtService { get; }

    public decimal AffordableShare { get; }

    public IReadOnlyList<EvidenceReference> Evidence { get; }

    /// <summary>May be negative: the debtor's outgoings exceed their income.</summary>
    public Money DisposableIncome { get; }

    public Money LargestAffordableInstalment { get; }

    private static void EnsureNotNegative(Money amount, string field)
    {
        if (amount.IsNegative)
            throw new DomainException("AMOUNT_NEGATIVE", "Income and outgoings may not be negative.", field);
    }
}
