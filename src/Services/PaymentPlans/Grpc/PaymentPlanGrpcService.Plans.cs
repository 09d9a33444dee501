using CollectionsPlatform.Api;
using Collections.PaymentPlans.V1;
using Grpc.Core;
using CollectionsPlatform.PaymentPlans.Features.AcceptPaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.ApprovePaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.CancelPaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.ListPaymentPlans;
using CollectionsPlatform.PaymentPlans.Features.Plans;
using CollectionsPlatform.PaymentPlans.Features.ProposePaymentPlan;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>Plan lifecycle RPCs: propose, approve, accept, cancel, renegotiate, get, list.</summary>
public sealed partial class PaymentPlanGrpcService
{
    public override async Task<PaymentPlan> ProposePaymentPlan(ProposePaymentPlanRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = PlanRequestMapping.ToCommand(request, clock.Today());
        return await Run(context, request.Parent, async (ProposePaymentPlanHandler handler) =>
            PlanMapping.ToProto(await handler.HandleAsync(command, context.CancellationToken), clock.Today()));
    }

    public override async Task<PaymentPlan> RenegotiatePaymentPlan(RenegotiatePaymentPlanRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = PlanRequestMapping.ToCommand(request, clock.Today());
        return await Run(context, request.Name, async (ProposePaymentPlanHandler handler) =>
            PlanMapping.ToProto(await handler.HandleAsync(command, context.CancellationToken), clock.Today()));
    }

    public override async Task<PaymentPlan> ApprovePaymentPlan(ApprovePaymentPlanRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = PlanRequestMapping.ToCommand(request, Actor(context));
        return await Run(context, request.Name, async (ApprovePaymentPlanHandler handler) =>
            PlanMapping.ToProto(await handler.HandleAsync(command, context.CancellationToken), clock.Today()));
    }

    public override async Task<PaymentPlan> AcceptPaymentPlan(AcceptPaymentPlanRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = PlanRequestMapping.ToCommand(request);
        return await Run(context, request.Name, async (AcceptPaymentPlanHandler handler) =>
            PlanMapping.ToProto(await handler.HandleAsync(command, context.CancellationToken), clock.Today()));
    }

    public override async Task<PaymentPlan> CancelPaymentPlan(CancelPaymentPlanRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var (caseId, planId) = PlanName(request.Name);
        var violations = new Violations();
        var key = violations.RequestKey("CancelPaymentPlan", request, request.RequestId, r => r.RequestId = string.Empty);
        violations.ThrowIfAny();
        return await Run(context, request.Name, async (CancelPaymentPlanHandler handler) =>
            PlanMapping.ToProto(await handler.HandleAsync(caseId, planId, NullIfEmpty(request.Etag), key, context.CancellationToken), clock.Today()));
    }

    public override async Task<PaymentPlan> GetPaymentPlan(GetPaymentPlanRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var (caseId, planId) = PlanName(request.Name);
        return await Run(context, request.Name, async (PlanStore plans) =>
            PlanMapping.ToProto(await plans.ReadAsync(caseId, planId, context.CancellationToken), clock.Today()));
    }

    public override async Task<ListPaymentPlansResponse> ListPaymentPlans(ListPaymentPlansRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var page = Paging.Parse(request.Parent, request.PageSize, request.PageToken);
        var states = request.States.SelectMany(EnumMapping.ToStoredStates).Distinct().ToList();
        return await Run(context, request.Parent, async (ListPaymentPlansHandler handler) =>
        {
            var (plans, next) = await handler.HandleAsync(page.CaseId, states, page.PageSize, page.AfterSequence, context.CancellationToken);
            var response = new ListPaymentPlansResponse { NextPageToken = next is { } after ? PageTokens.Encode(after) : string.Empty };
            response.PaymentPlans.AddRange(plans.Select(p => PlanMapping.ToProto(p, clock.Today())));
            return response;
        });
    }

    private static (Guid CaseId, Guid PlanId) PlanName(string name) =>
        ResourceNames.TryParseChild(name, ResourceCollections.PaymentPlans, out var caseId, out var planId)
            ? (caseId, planId)
            : throw PaymentPlanErrors.InvalidName("name", "cases/{case}/paymentPlans/{plan}");

    /// <summary>The calling staff member: the authenticated principal's name, else the gateway's <c>x-actor</c> header.</summary>
    private static string? Actor(ServerCallContext context) =>
        context.GetHttpContext().User.Identity?.Name is { Length: > 0 } name ? name
        : context.RequestHeaders.GetValue("x-actor") is { Length: > 0 and <= 64 } actor ? actor : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
