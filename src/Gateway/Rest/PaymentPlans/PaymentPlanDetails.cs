using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>A repayment plan with its exact schedule and lifecycle.</summary>
public sealed record PaymentPlanDetails(
    string PlanId,
    string CaseId,
    PlanType Type,
    PlanState State,
    Money? Amount,
    int TermMonths,
    string? FirstDueDate,
    int AnnualInterestRateBps,
    RepaymentSchedule? Schedule,
    bool WithinAffordability,
    bool ApprovalRequired,
    IReadOnlyList<ApprovalReason> ApprovalReasons,
    PlanAcceptance? Acceptance,
    PlanConfirmation? Confirmation,
    Money? PaidAmount,
    Money? OutstandingAmount,
    DateTimeOffset? CreateTime,
    DateTimeOffset? ExpireTime,
    DateTimeOffset? ActivateTime,
    string Etag);
