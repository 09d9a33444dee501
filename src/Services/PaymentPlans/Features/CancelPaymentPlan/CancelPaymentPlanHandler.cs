using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.CancelPaymentPlan;

/// <summary>Withdraws a proposal that was not accepted.</summary>
public sealed class CancelPaymentPlanHandler(PlanTransition transition)
{
    public Task<PlanRecord> HandleAsync(Guid caseId, Guid planId, string? etag, RequestKey request, CancellationToken cancellationToken) =>
        transition.RunAsync(caseId, planId, etag, request, (plan, _, _) => plan.Cancel(), cancellationToken);
}
