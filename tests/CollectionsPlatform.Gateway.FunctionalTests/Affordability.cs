using Collections.PaymentPlans.V1;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>Records an affordability assessment straight on PaymentPlans (not a REST call) so plans fit within it.</summary>
public static class Affordability
{
    /// <summary>Income 30,000 − expenses 8,000 − other debt 2,000 = 20,000 disposable; 10,000 affordable per month. Returns the assessment id.</summary>
    public static async Task<string> AssessAsync(this PaymentPlanService.PaymentPlanServiceClient plans, string caseId)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var assessment = await plans.AssessAffordabilityAsync(new AssessAffordabilityRequest
        {
            Parent = "cases/" + caseId,
            RequestId = Guid.NewGuid().ToString("N"),
            Assessment = new AffordabilityAssessment
            {
                MonthlyIncome = new Google.Type.Money { CurrencyCode = "CNY", Units = 30_000 },
                FixedExpenses = new Google.Type.Money { CurrencyCode = "CNY", Units = 8_000 },
                OtherDebtService = new Google.Type.Money { CurrencyCode = "CNY", Units = 2_000 },
                Assessor = "agents/a-1",
                Evidence =
                {
                    new Evidence
                    {
                        DocumentId = "doc-" + Guid.NewGuid().ToString("N")[..8],
                        Type = EvidenceType.PaySlip,
                        DocumentDate = new Google.Type.Date { Year = DateTime.UtcNow.Year, Month = DateTime.UtcNow.Month, Day = 1 },
                    },
                },
            },
        });
        return assessment.Name[(assessment.Name.LastIndexOf('/') + 1)..];
    }
}
