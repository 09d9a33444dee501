using CollectionsPlatform.Gateway.Rest.Common;
using Collections.PaymentPlans.V1;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>The case's active repayment plan in brief.</summary>
public sealed record ActivePlanSummary(
    string PlanId,
    PlanType Type,
    int TermMonths,
    Money? PaidAmount,
    Money? OutstandingAmount,
    DueInstalment? NextInstalment);
