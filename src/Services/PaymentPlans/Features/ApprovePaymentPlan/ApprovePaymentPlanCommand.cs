using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.ApprovePaymentPlan;

/// <summary>A supervisor (staff id) approves an out-of-policy proposal, with a justification.</summary>
public sealed record ApprovePaymentPlanCommand(Guid CaseId, Guid PlanId, string SupervisorId, string Justification, string? Etag, RequestKey Request);
