using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>One instalment of an exact schedule; paidAmount and state are set for plans, not quotes (UNSPECIFIED).</summary>
public sealed record ScheduledInstalment(
    int Sequence,
    string? DueDate,
    Money? Principal,
    Money? Interest,
    Money? Amount,
    Money? RemainingPrincipal,
    Money? PaidAmount,
    InstalmentState State);
