using Collections.Cases.V1;
using CollectionsPlatform.Cases.Features.ImportDelinquencies;
using CollectionsPlatform.Domain;
using CollectionsPlatform.Grpc;
using Microsoft.AspNetCore.Http.Features;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>ImportDelinquencies: the request stream mapped row by row into the intake, its summary mapped back. A file is one
/// stream of any length, so Kestrel's request body limit (30 MB) is lifted for this call, as grpc-dotnet does for streams.</summary>
public sealed partial class CaseGrpcService
{
    public override async Task<ImportDelinquenciesResponse> ImportDelinquencies(
        IAsyncStreamReader<ImportDelinquenciesRequest> requestStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
            bodyLimit.MaxRequestBodySize = null;
        var intake = http.RequestServices.GetRequiredService<ImportDelinquenciesHandler>();
        try
        {
            var summary = await intake.HandleAsync(ImportRequestMapping.ReadAsync(requestStream, context.CancellationToken), context.CancellationToken);
            return ImportResponseMapping.ToProto(summary);
        }
        catch (DomainException error)
        {
            throw CaseErrors.ToRpc(error);
        }
    }
}
