using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>An exact repayment schedule: the instalments sum to totalPaid to the minor unit (the last absorbs rounding).</summary>
public sealed record RepaymentSchedule(
    int TermMonths,
    IReadOnlyList<ScheduledInstalment> Instalments,
    Money? TotalPrincipal,
    Money? TotalInterest,
    Money? TotalPaid,
    Money? MaxInstalment,
    string? LastDueDate);
