using CollectionsPlatform.Api;
using Collections.PaymentPlans.V1;
using Grpc.Core;
using CollectionsPlatform.PaymentPlans.Features.CancelPromiseToPay;
using CollectionsPlatform.PaymentPlans.Features.CreatePromiseToPay;
using CollectionsPlatform.PaymentPlans.Features.Promises;
using CollectionsPlatform.PaymentPlans.Features.RecordPayment;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>Promises to pay and payment allocation RPCs.</summary>
public sealed partial class PaymentPlanGrpcService
{
    public override async Task<PromiseToPay> CreatePromiseToPay(CreatePromiseToPayRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = PromiseRequestMapping.ToCommand(request, clock.Today());
        return await Run(context, request.Parent, async (CreatePromiseToPayHandler handler) =>
            PromiseMapping.ToProto(await handler.HandleAsync(command, context.CancellationToken)));
    }

    public override async Task<PromiseToPay> GetPromiseToPay(GetPromiseToPayRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var (caseId, promiseId) = PromiseName(request.Name);
        return await Run(context, request.Name, async (PromiseStore promises) =>
            PromiseMapping.ToProto(await promises.ReadAsync(caseId, promiseId, context.CancellationToken)));
    }

    public override async Task<ListPromisesToPayResponse> ListPromisesToPay(ListPromisesToPayRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var page = Paging.Parse(request.Parent, request.PageSize, request.PageToken);
        var states = request.States.Select(EnumMapping.ToStored).OfType<int>().Distinct().ToList();
        return await Run(context, request.Parent, async (PromiseStore promises) =>
        {
            var (found, next) = await promises.ListAsync(page.CaseId, states, page.PageSize, page.AfterSequence, context.CancellationToken);
            var response = new ListPromisesToPayResponse { NextPageToken = next is { } after ? PageTokens.Encode(after) : string.Empty };
            response.PromisesToPay.AddRange(found.Select(PromiseMapping.ToProto));
            return response;
        });
    }

    public override async Task<PromiseToPay> CancelPromiseToPay(CancelPromiseToPayRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var (caseId, promiseId) = PromiseName(request.Name);
        var violations = new Violations();
        var key = violations.RequestKey("CancelPromiseToPay", request, request.RequestId, r => r.RequestId = string.Empty);
        violations.ThrowIfAny();
        return await Run(context, request.Name, async (CancelPromiseToPayHandler handler) =>
            PromiseMapping.ToProto(await handler.HandleAsync(caseId, promiseId, NullIfEmpty(request.Etag), key, context.CancellationToken)));
    }

    public override async Task<PaymentAllocation> RecordPayment(RecordPaymentRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var payment = PromiseRequestMapping.ToPayment(request);
        return await Run(context, request.Parent, async (RecordPaymentHandler handler) =>
            AllocationMapping.ToProto(await handler.HandleAsync(payment, context.CancellationToken)));
    }

    private static (Guid CaseId, Guid PromiseId) PromiseName(string name) =>
        ResourceNames.TryParseChild(name, ResourceCollections.PromisesToPay, out var caseId, out var promiseId)
            ? (caseId, promiseId)
            : throw PaymentPlanErrors.InvalidName("name", "cases/{case}/promisesToPay/{promise}");
}
