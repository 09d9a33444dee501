using CollectionsPlatform.Api;
using CollectionsPlatform.Domain;
using Collections.Cases.V1;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Features.CreateCase;
using CollectionsPlatform.Cases.Features.GetCase;
using CollectionsPlatform.Cases.Features.ListCases;
using CollectionsPlatform.Cases.Mapping;
using Grpc.Core;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>collections.cases.v1.CaseService: validate → one feature handler → map (one partial file per feature area).</summary>
public sealed partial class CaseGrpcService(CreateCaseHandler createCase, GetCaseHandler getCase, ListCasesHandler listCases)
    : CaseService.CaseServiceBase
{
    public override async Task<Case> CreateCase(CreateCaseRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = CreateCaseRequestMapping.ToCommand(request);
        try
        {
            return CaseMapping.ToProto(await createCase.HandleAsync(command, context.CancellationToken));
        }
        catch (DomainException error)
        {
            throw CaseErrors.ToRpc(error);
        }
    }

    public override async Task<Case> GetCase(GetCaseRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (!ResourceNames.TryParseCase(request.Name, out var id))
            throw CaseErrors.Invalid([new DomainException("FIELD_INVALID", "The name must be cases/{case}.", "name")]);
        try
        {
            return CaseMapping.ToProto(await getCase.HandleAsync(id, context.CancellationToken));
        }
        catch (DomainException error)
        {
            throw CaseErrors.ToRpc(error, request.Name);
        }
    }

    public override async Task<ListCasesResponse> ListCases(ListCasesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = ListCasesRequestMapping.ToQuery(request);
        var page = await listCases.HandleAsync(query, context.CancellationToken);
        var response = new ListCasesResponse
        {
            NextPageToken = page.NextAfterSequence is { } next ? PageTokens.Encode(next) : string.Empty,
        };
        response.Cases.AddRange(page.Cases.Select(CaseMapping.ToProto));
        return response;
    }

    /// <summary>A feature handler from the call's request scope, for the feature areas' partial files.</summary>
    private static T Handler<T>(ServerCallContext context)
        where T : notnull => context.GetHttpContext().RequestServices.GetRequiredService<T>();

    /// <summary>Runs a feature, turning domain refusals into the contract's errors.</summary>
    private static async Task<T> Guarded<T>(Func<Task<T>> feature, string resourceName)
    {
        try
        {
            return await feature();
        }
        catch (DomainException error)
        {
            throw CaseErrors.ToRpc(error, resourceName);
        }
    }
}
