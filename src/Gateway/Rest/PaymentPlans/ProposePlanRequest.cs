using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>A plan to propose to the debtor, usually one of the quotes.</summary>
/// <param name="Type">EQUAL_INSTALMENT, EQUAL_PRINCIPAL, STEP_UP, DEFERRAL or SETTLEMENT.</param>
/// <param name="RequestId">Idempotency key (1-64 letters, digits, '-', '_'); a retry with the same key and body returns the first result.</param>
public sealed record ProposePlanRequest(
    string? Type,
    Money? Amount,
    int? TermMonths,
    string? FirstDueDate,
    int? AnnualInterestRateBps,
    StepUpOptions? StepUp,
    DeferralOptions? Deferral,
    SettlementOptions? Settlement,
    string? AffordabilityAssessmentId,
    string? RequestId);
