using Collections.Cases.V1;
using CollectionsPlatform.Cases.Features.ImportDelinquencies;
using CollectionsPlatform.Domain;
using Grpc.Core;

namespace CollectionsPlatform.Cases.Grpc;

/// <summary>ImportDelinquencies: the request stream mapped row by row into the intake, its summary mapped back. A file is one
/// stream of any length: the gRPC runtime lifts Kestrel's 30 MB request body limit for every call.</summary>
public sealed partial class CaseGrpcService
{
    public override async Task<ImportDelinquenciesResponse> ImportDelinquencies(
        IAsyncStreamReader<ImportDelinquenciesRequest> requestStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var intake = context.GetHttpContext().RequestServices.GetRequiredService<ImportDelinquenciesHandler>();
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
