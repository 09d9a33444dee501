using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Features.CaseHistory;
using CollectionsPlatform.Cases.Mapping;
using CollectionsPlatform.Domain;
using Grpc.Core;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>A case's history: its timeline and its bucket changes, oldest first.</summary>
public sealed partial class CaseGrpcService
{
    public override async Task<ListCaseEventsResponse> ListCaseEvents(ListCaseEventsRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var kinds = request.Types_.Select(CaseEventMapping.ToDomain).ToList();
        if (request.Types_.Any(t => t == CaseEventType.Unspecified || !Enum.IsDefined(t)))
            throw CaseErrors.Invalid([new DomainException("FIELD_INVALID", "Unknown event type in the filter.", "types")]);
        var query = CaseHistoryRequestMapping.ToQuery(request.Parent, request.PageSize, request.PageToken, 100, 1000);
        var handler = Handler<CaseHistoryHandler>(context);
        // Types the timeline never records (e.g. contact attempts) select nothing rather than everything.
        var selected = request.Types_.Count == 0 ? [] : kinds.Select(k => k is { } kind ? (int)kind : -1).ToList();
        var page = await Guarded(() => handler.TimelineAsync(query, selected, context.CancellationToken), request.Parent);
        var response = new ListCaseEventsResponse { NextPageToken = page.NextAfter is { } next ? PageTokens.Encode(next) : string.Empty };
        response.Events.AddRange(page.Items.Select(CaseEventMapping.ToProto));
        return response;
    }

    public override async Task<ListBucketChangesResponse> ListBucketChanges(ListBucketChangesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var query = CaseHistoryRequestMapping.ToQuery(request.Parent, request.PageSize, request.PageToken, 100, 1000);
        var handler = Handler<CaseHistoryHandler>(context);
        var page = await Guarded(() => handler.BucketChangesAsync(query, context.CancellationToken), request.Parent);
        var response = new ListBucketChangesResponse { NextPageToken = page.NextAfter is { } next ? PageTokens.Encode(next) : string.Empty };
        response.BucketChanges.AddRange(page.Items.Select(CaseEventMapping.ToProto));
        return response;
    }
}
