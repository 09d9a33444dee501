using CollectionsPlatform.Api;
using Collections.PaymentPlans.V1;
using CollectionsPlatform.PaymentPlans.Features.AcceptPaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.ApprovePaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.ProposePaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>Validates plan lifecycle requests into commands, collecting every violation.</summary>
public static class PlanRequestMapping
{
    public static ProposePaymentPlanCommand ToCommand(ProposePaymentPlanRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new Violations();
        if (!ResourceNames.TryParseCase(request.Parent, out var caseId))
            violations.Add("FIELD_INVALID", "The parent must be of the form cases/{case}.", "parent");
        var terms = PlanTermsMapping.FromTerms(request.Terms, "terms", today, violations);
        var assessment = Assessment(request.AffordabilityAssessment, caseId, violations);
        var key = violations.RequestKey("ProposePaymentPlan", request, request.RequestId, r => r.RequestId = string.Empty);
        violations.ThrowIfAny();
        return new ProposePaymentPlanCommand(caseId, terms!, assessment, key);
    }

    public static ProposePaymentPlanCommand ToCommand(RenegotiatePaymentPlanRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new Violations();
        var (caseId, planId) = PlanName(request.Name, violations);
        var terms = PlanTermsMapping.FromTerms(request.Terms, "terms", today, violations);
        var assessment = Assessment(request.AffordabilityAssessment, caseId, violations);
        var key = violations.RequestKey("RenegotiatePaymentPlan", request, request.RequestId, r => r.RequestId = string.Empty);
        violations.ThrowIfAny();
        return new ProposePaymentPlanCommand(caseId, terms!, assessment,
            key, planId, Etag(request.Etag));
    }

    public static ApprovePaymentPlanCommand ToCommand(ApprovePaymentPlanRequest request, string? supervisor)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new Violations();
        var (caseId, planId) = PlanName(request.Name, violations);
        if (string.IsNullOrWhiteSpace(request.Justification) || request.Justification.Length > 1024)
            violations.Add("FIELD_REQUIRED", "A justification (at most 1024 characters) is required.", "justification");
        if (supervisor is null)
            violations.Add("APPROVER_REQUIRED", "The approving supervisor is the authenticated caller (x-actor).", "x-actor");
        var key = violations.RequestKey("ApprovePaymentPlan", request, request.RequestId, r => r.RequestId = string.Empty);
        violations.ThrowIfAny();
        return new ApprovePaymentPlanCommand(caseId, planId, supervisor!, request.Justification, Etag(request.Etag),
            key);
    }

    public static AcceptPaymentPlanCommand ToCommand(AcceptPaymentPlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new Violations();
        var (caseId, planId) = PlanName(request.Name, violations);
        if (!request.AcceptedBy.StartsWith("debtors/", StringComparison.Ordinal) || request.AcceptedBy.Length is < 9 or > 160)
            violations.Add("FIELD_INVALID", "accepted_by must be debtors/{debtor} or debtors/{debtor}/representatives/{representative}.", "accepted_by");
        var channel = EnumMapping.ToChannel(request.Channel);
        if (channel is null)
            violations.Add("FIELD_INVALID", "The channel must be MOBILE_APP, WEB, PHONE, FIELD_VISIT, BRANCH or EMAIL.", "channel");
        var key = violations.RequestKey("AcceptPaymentPlan", request, request.RequestId, r => r.RequestId = string.Empty);
        violations.ThrowIfAny();
        return new AcceptPaymentPlanCommand(caseId, planId, request.AcceptedBy, channel!.Value, Etag(request.Etag),
            key);
    }

    private static (Guid CaseId, Guid PlanId) PlanName(string name, Violations violations)
    {
        if (!ResourceNames.TryParseChild(name, ResourceCollections.PaymentPlans, out var caseId, out var planId))
            violations.Add("FIELD_INVALID", "The name must be of the form cases/{case}/paymentPlans/{plan}.", "name");
        return (caseId, planId);
    }

    private static string? Etag(string etag) => etag.Length == 0 ? null : etag;

    private static Guid? Assessment(string name, Guid caseId, Violations violations)
    {
        if (name.Length == 0)
            return null;
        if (ResourceNames.TryParseChild(name, ResourceCollections.Assessments, out var parent, out var id) && parent == caseId)
            return id;
        violations.Add("FIELD_INVALID", "The assessment must be cases/{case}/affordabilityAssessments/{assessment} of the same case.", "affordability_assessment");
        return null;
    }
}
