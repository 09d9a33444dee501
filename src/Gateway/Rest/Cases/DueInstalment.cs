using CollectionsPlatform.Gateway.Rest.Common;
using Collections.PaymentPlans.V1;

namespace CollectionsPlatform.Gateway.Rest.Cases;

/// <summary>The next instalment of the active plan that is not fully paid.</summary>
/// <param name="Sequence">1-based position in the schedule.</param>
/// <param name="DueDate">ISO-8601 date.</param>
/// <param name="Amount">The instalment amount.</param>
/// <param name="PaidAmount">Paid towards it so far.</param>
/// <param name="State">SCHEDULED, DUE, PARTIALLY_PAID or MISSED.</param>
public sealed record DueInstalment(int Sequence, string? DueDate, Money? Amount, Money? PaidAmount, InstalmentState State);
