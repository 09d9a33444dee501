using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>One schedule type's quote; schedule is null and infeasibleReason set when the type cannot be offered.</summary>
public sealed record QuotedPlan(
    PlanType Type,
    Money? Amount,
    int TermMonths,
    string? FirstDueDate,
    int AnnualInterestRateBps,
    RepaymentSchedule? Schedule,
    bool WithinAffordability,
    IReadOnlyList<ApprovalReason> ApprovalReasons,
    string? InfeasibleReason);
