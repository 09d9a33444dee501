using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Features.CaseHistory;
using CollectionsPlatform.Cases.Features.PostPayment;
using CollectionsPlatform.Cases.Mapping;
using Grpc.Core;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>Payments: PostPayment (idempotent by payment id) and ListPayments (newest first).</summary>
public sealed partial class CaseGrpcService
{
    public override async Task<Payment> PostPayment(PostPaymentRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = PostPaymentRequestMapping.ToCommand(request);
        var handler = Handler<PostPaymentHandler>(context);
        return PaymentMapping.ToProto(await Guarded(() => handler.HandleAsync(command, context.CancellationToken), request.Parent));
    }

    public override async Task<ListPaymentsResponse> ListPayments(ListPaymentsRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var query = CaseHistoryRequestMapping.ToQuery(request.Parent, request.PageSize, request.PageToken, 50, 500);
        var handler = Handler<CaseHistoryHandler>(context);
        var page = await Guarded(() => handler.PaymentsAsync(query, context.CancellationToken), request.Parent);
        var response = new ListPaymentsResponse { NextPageToken = page.NextAfter is { } next ? PageTokens.Encode(next) : string.Empty };
        response.Payments.AddRange(page.Items.Select(PaymentMapping.ToProto));
        return response;
    }
}
