using CollectionsPlatform.Api;
using Collections.PaymentPlans.V1;
using EvidenceReference = CollectionsPlatform.PaymentPlans.Domain.Affordability.EvidenceReference;
using CollectionsPlatform.PaymentPlans.Features.AssessAffordability;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>Validates an AssessAffordabilityRequest (amounts not negative, one currency, evidence complete) into a command.</summary>
public static class AssessAffordabilityRequestMapping
{
    public static AssessAffordabilityCommand ToCommand(AssessAffordabilityRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new Violations();
        if (!ResourceNames.TryParseCase(request.Parent, out var caseId))
            violations.Add("FIELD_INVALID", "The parent must be of the form cases/{case}.", "parent");
        var input = request.Assessment ?? new AffordabilityAssessment();
        var income = violations.Money(input.MonthlyIncome, "assessment.monthly_income", required: true, positive: false);
        var expenses = violations.Money(input.FixedExpenses ?? Zero(input), "assessment.fixed_expenses", required: true, positive: false);
        var debts = violations.Money(input.OtherDebtService ?? Zero(input), "assessment.other_debt_service", required: true, positive: false);
        if (income is { } i && ((expenses is { } e && e.Currency != i.Currency) || (debts is { } d && d.Currency != i.Currency)))
            violations.Add("CURRENCY_MISMATCH", "Every amount of an assessment is in one currency.", "assessment");
        var evidence = new List<EvidenceReference>();
        for (var index = 0; index < input.Evidence.Count; index++)
        {
            var item = input.Evidence[index];
            var field = $"assessment.evidence[{index}]";
            var type = EnumMapping.ToDomain(item.Type);
            var date = violations.Date(item.DocumentDate, $"{field}.document_date");
            if (string.IsNullOrWhiteSpace(item.DocumentId) || item.DocumentId.Length > 128)
                violations.Add("FIELD_REQUIRED", "Every evidence reference needs a document id (at most 128 characters).", $"{field}.document_id");
            if (type is null)
                violations.Add("FIELD_REQUIRED", "Every evidence reference needs a type.", $"{field}.type");
            if (date is null || date > today)
                violations.Add("FIELD_INVALID", "Every evidence reference needs a document date not in the future.", $"{field}.document_date");
            else if (type is { } t)
                evidence.Add(new EvidenceReference(item.DocumentId, t, date.Value));
        }

        var assessor = input.Assessor.Length == 0 ? null : input.Assessor.StartsWith("agents/", StringComparison.Ordinal) && input.Assessor.Length <= 71
            ? input.Assessor[7..] : Invalid(violations);
        var key = violations.RequestKey("AssessAffordability", request, request.RequestId, r => r.RequestId = string.Empty);
        violations.ThrowIfAny();
        return new AssessAffordabilityCommand(caseId, income!.Value, expenses!.Value, debts!.Value, evidence, assessor,
            key);
    }

    private static Google.Type.Money? Zero(AffordabilityAssessment input) =>
        input.MonthlyIncome is { } income ? new Google.Type.Money { CurrencyCode = income.CurrencyCode } : null;

    private static string? Invalid(Violations violations)
    {
        violations.Add("FIELD_INVALID", "The assessor must be of the form agents/{agent}.", "assessment.assessor");
        return null;
    }
}
