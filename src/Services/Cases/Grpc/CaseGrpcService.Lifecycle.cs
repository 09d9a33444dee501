using CollectionsPlatform.Api;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Features.AssignCase;
using CollectionsPlatform.Cases.Features.CloseCase;
using CollectionsPlatform.Cases.Features.GetNextAction;
using CollectionsPlatform.Cases.Mapping;
using CollectionsPlatform.Domain;
using Grpc.Core;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>Working a case: AssignCase, CloseCase and the strategy's GetNextAction.</summary>
public sealed partial class CaseGrpcService
{
    public override async Task<Case> AssignCase(AssignCaseRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = ChangeRequestMapping.ToCommand(request);
        var handler = Handler<AssignCaseHandler>(context);
        return CaseMapping.ToProto(await Guarded(() => handler.HandleAsync(command, context.CancellationToken), request.Name));
    }

    public override async Task<Case> CloseCase(CloseCaseRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = ChangeRequestMapping.ToCommand(request);
        var handler = Handler<CloseCaseHandler>(context);
        return CaseMapping.ToProto(await Guarded(() => handler.HandleAsync(command, context.CancellationToken), request.Name));
    }

    public override async Task<Collections.Cases.V1.NextAction> GetNextAction(GetNextActionRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (!ResourceNames.TryParseCase(request.Name, out var caseId))
            throw CaseErrors.Invalid([new DomainException("FIELD_INVALID", "The name must be cases/{case}.", "name")]);
        var handler = Handler<GetNextActionHandler>(context);
        return NextActionMapping.ToProto(await Guarded(() => handler.HandleAsync(caseId, context.CancellationToken), request.Name));
    }
}
