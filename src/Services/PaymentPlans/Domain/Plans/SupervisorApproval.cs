namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>A supervisor's approval of an out-of-policy plan (staff id and time).</summary>
public sealed record SupervisorApproval(string SupervisorId, DateTimeOffset ApprovedAt);
