using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>What to quote: the five schedule types side by side for one amount.</summary>
/// <param name="Amount">The amount to repay in the case currency; the case balance when omitted.</param>
/// <param name="TermMonths">Monthly instalments of the instalment types, 1-60 (R9).</param>
/// <param name="FirstDueDate">ISO-8601 date of the first instalment; not in the past.</param>
/// <param name="AnnualInterestRateBps">Nominal annual rate in basis points (1825 = 18.25 %); 0 when omitted.</param>
/// <param name="AffordabilityAssessmentId">The {assessment} of cases/{case}/affordabilityAssessments/{assessment} to check against.</param>
public sealed record PlanQuoteRequest(
    Money? Amount,
    int? TermMonths,
    string? FirstDueDate,
    int? AnnualInterestRateBps,
    StepUpOptions? StepUp,
    DeferralOptions? Deferral,
    SettlementOptions? Settlement,
    string? AffordabilityAssessmentId);
