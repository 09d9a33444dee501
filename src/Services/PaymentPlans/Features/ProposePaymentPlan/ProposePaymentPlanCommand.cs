using CollectionsPlatform.Api;
using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.ProposePaymentPlan;

/// <summary>Propose a plan on a case, or (with <see cref="Replaces"/>) renegotiate an accepted, active or broken one.</summary>
public sealed record ProposePaymentPlanCommand(
    Guid CaseId, PlanTermsInput Terms, Guid? AssessmentId, RequestKey Request, Guid? Replaces = null, string? ReplacedEtag = null);
