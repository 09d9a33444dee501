using CollectionsPlatform.PaymentPlans.Features.Shared;

namespace CollectionsPlatform.PaymentPlans.Features.QuotePaymentPlans;

/// <summary>Quote all five plan types for a case, optionally checked against an affordability assessment.</summary>
public sealed record QuotePaymentPlansQuery(Guid CaseId, PlanTermsInput Terms, Guid? AssessmentId);
