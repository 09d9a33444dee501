using CollectionsPlatform.Api;
using Collections.Cases.V1;
using Collections.PaymentPlans.V1;
using Grpc.Core;
using CollectionsPlatform.PaymentPlans.Mapping;
using Google.Rpc;
using Case = Collections.Cases.V1.Case;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

/// <summary>Cases, assessments and plan requests for the tests, and error details.</summary>
internal static class Requests
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Opens a CNY case owing 12,000 principal + 300.50 interest + 50 fees = 12,350.50 through the Cases service.</summary>
    public static async Task<string> OpenCaseAsync(this CaseService.CaseServiceClient cases, string currency = "CNY")
    {
        var account = "ACC-" + Guid.NewGuid().ToString("N")[..12];
        var created = await cases.CreateCaseAsync(new CreateCaseRequest
        {
            Case = new Case
            {
                AccountReference = account,
                Debtor = "debtors/D-" + account,
                Product = Product.PersonalLoan,
                Jurisdiction = "CN",
                CurrencyCode = currency,
                DaysPastDue = 45,
                Balances = new Balances
                {
                    Principal = Money(12_000m, currency),
                    Interest = Money(300.5m, currency),
                    Fees = Money(50m, currency),
                },
            },
        });
        return created.Name;
    }

    /// <summary>Income 9,000, expenses 4,000, other debts 1,000 → disposable 4,000, affordable 2,000 a month.</summary>
    public static Task<Collections.PaymentPlans.V1.AffordabilityAssessment> AssessAsync(
        this PaymentPlanService.PaymentPlanServiceClient plans, string caseName, decimal income = 9_000m, string requestId = "")
    {
        var request = new AssessAffordabilityRequest
        {
            Parent = caseName,
            RequestId = requestId,
            Assessment = new Collections.PaymentPlans.V1.AffordabilityAssessment
            {
                MonthlyIncome = Money(income),
                FixedExpenses = Money(4_000m),
                OtherDebtService = Money(1_000m),
                Assessor = "agents/A-17",
            },
        };
        request.Assessment.Evidence.Add(new Evidence { DocumentId = "DOC-1", Type = EvidenceType.PaySlip, DocumentDate = Date(Today.AddDays(-10)) });
        return plans.AssessAffordabilityAsync(request).ResponseAsync;
    }

    public static ProposePaymentPlanRequest Propose(string caseName, string assessment, PlanType type = PlanType.EqualInstalment,
        decimal amount = 12_000m, int termMonths = 12, int rateBps = 600, string requestId = "", DateOnly? firstDue = null) => new()
    {
        Parent = caseName,
        AffordabilityAssessment = assessment,
        RequestId = requestId,
        Terms = new PlanTerms
        {
            Type = type,
            Amount = Money(amount),
            TermMonths = termMonths,
            FirstDueDate = Date(firstDue ?? Today.AddDays(7)),
            AnnualInterestRateBps = rateBps,
        },
    };

    public static AcceptPaymentPlanRequest Accept(PaymentPlan plan, string requestId = "") => new()
    {
        Name = plan.Name,
        AcceptedBy = "debtors/D-1",
        Channel = "MOBILE_APP",
        Etag = plan.Etag,
        RequestId = requestId,
    };

    public static Google.Type.Money Money(decimal amount, string currency = "CNY") => MoneyMapping.ToProto(amount, currency);

    public static decimal Amount(this Google.Type.Money money) => money.Units + (money.Nanos / 1_000_000_000m);

    public static Google.Type.Date Date(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Guid IdOf(string name) => Guid.Parse(name.Split('/').Last());

    public static string Reason(this RpcException error) =>
        error.GetRpcStatus()!.Details.First(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>().Reason;

    public static IReadOnlyList<string> Fields(this RpcException error) =>
        [.. error.GetRpcStatus()!.Details.Where(d => d.Is(BadRequest.Descriptor)).SelectMany(d => d.Unpack<BadRequest>().FieldViolations).Select(v => v.Field)];
}
