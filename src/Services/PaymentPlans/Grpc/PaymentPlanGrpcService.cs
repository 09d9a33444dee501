using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using Collections.PaymentPlans.V1;
using Grpc.Core;
using CollectionsPlatform.PaymentPlans.Features.AssessAffordability;
using CollectionsPlatform.PaymentPlans.Features.QuotePaymentPlans;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>collections.paymentplans.v1.PaymentPlanService: validate → one feature handler → map (one partial file per
/// feature area). Handlers come from the call's scope so each RPC builds only what it uses.</summary>
public sealed partial class PaymentPlanGrpcService(TimeProvider clock) : PaymentPlanService.PaymentPlanServiceBase
{
    public override async Task<QuotePaymentPlansResponse> QuotePaymentPlans(QuotePaymentPlansRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new Violations();
        if (!ResourceNames.TryParseCase(request.Parent, out var caseId))
            violations.Add("FIELD_INVALID", "The parent must be of the form cases/{case}.", "parent");
        var terms = PlanTermsMapping.FromQuote(request, clock.Today(), violations);
        var assessment = OptionalChild(request.AffordabilityAssessment, caseId, ResourceCollections.Assessments, "affordability_assessment", violations);
        violations.ThrowIfAny();
        return await Run(context, request.Parent, async (QuotePaymentPlansHandler handler) =>
            QuoteMapping.ToProto(await handler.HandleAsync(new QuotePaymentPlansQuery(caseId, terms!, assessment), context.CancellationToken)));
    }

    public override async Task<AffordabilityAssessment> AssessAffordability(AssessAffordabilityRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = AssessAffordabilityRequestMapping.ToCommand(request, clock.Today());
        return await Run(context, request.Parent, async (AssessAffordabilityHandler handler) =>
            AssessmentMapping.ToProto(await handler.HandleAsync(command, context.CancellationToken)));
    }

    public override async Task<AffordabilityAssessment> GetAffordabilityAssessment(GetAffordabilityAssessmentRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (!ResourceNames.TryParseChild(request.Name, ResourceCollections.Assessments, out var caseId, out var id))
            throw PaymentPlanErrors.InvalidName("name", "cases/{case}/affordabilityAssessments/{assessment}");
        return await Run(context, request.Name, async (AssessmentReader reader) =>
            AssessmentMapping.ToProto(await reader.GetAsync(caseId, id, context.CancellationToken)));
    }

    /// <summary>Resolves the handler from the call's scope, runs it, and turns domain refusals into rich errors.</summary>
    private static async Task<TResponse> Run<THandler, TResponse>(
        ServerCallContext context, string resourceName, Func<THandler, Task<TResponse>> call)
        where THandler : notnull
    {
        var handler = context.GetHttpContext().RequestServices.GetRequiredService<THandler>();
        try
        {
            return await call(handler);
        }
        catch (DomainException error)
        {
            throw PaymentPlanErrors.ToRpc(error, error.Reason.EndsWith("_NOT_FOUND", StringComparison.Ordinal) ? resourceName : string.Empty);
        }
    }

    private static Guid? OptionalChild(string name, Guid caseId, string collection, string field, Violations violations)
    {
        if (name.Length == 0)
            return null;
        if (!ResourceNames.TryParseChild(name, collection, out var parent, out var id) || parent != caseId)
        {
            violations.Add("FIELD_INVALID", $"The {field} must be a {collection} name under the same case.", field);
            return null;
        }

        return id;
    }
}
