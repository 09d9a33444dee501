using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Features.WatchCase;
using CollectionsPlatform.Cases.Mapping;
using CollectionsPlatform.Domain;
using Grpc.Core;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>WatchCase: the timeline since a time, then live, until the client cancels or the deadline passes.</summary>
public sealed partial class CaseGrpcService
{
    public override async Task WatchCase(WatchCaseRequest request, IServerStreamWriter<Collections.Cases.V1.CaseEvent> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        if (!ResourceNames.TryParseCase(request.Name, out var caseId))
            throw CaseErrors.Invalid([new DomainException("FIELD_INVALID", "The name must be cases/{case}.", "name")]);
        var watcher = Handler<CaseWatcher>(context);
        var since = request.StartTime?.ToDateTimeOffset();
        var after = await Guarded(() => watcher.StartAsync(caseId, since, context.CancellationToken), request.Name);
        try
        {
            await foreach (var entry in watcher.WatchAsync(caseId, after, context.CancellationToken))
                await responseStream.WriteAsync(CaseEventMapping.ToProto(entry));
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The client went away or the deadline passed: the stream ends.
        }
    }
}
