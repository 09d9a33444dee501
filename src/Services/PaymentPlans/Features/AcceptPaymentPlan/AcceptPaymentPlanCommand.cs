using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.AcceptPaymentPlan;

/// <summary>The debtor (a party reference, never a name) accepts a proposal through a channel.</summary>
public sealed record AcceptPaymentPlanCommand(Guid CaseId, Guid PlanId, string AcceptedBy, AcceptanceChannel Channel, string? Etag, RequestKey Request);
