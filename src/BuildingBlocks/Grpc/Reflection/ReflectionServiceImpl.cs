using CollectionsPlatform.Grpc.Reflection.V1;

namespace CollectionsPlatform.Grpc.Reflection;

/// <summary>grpc.reflection.v1.ServerReflection: one answer per question on the bidirectional stream.</summary>
public sealed class ReflectionServiceImpl(ReflectionResolver resolver) : ServerReflection.ServerReflectionBase
{
    public override async Task ServerReflectionInfo(IAsyncStreamReader<ServerReflectionRequest> requestStream, IServerStreamWriter<ServerReflectionResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        while (await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            await responseStream.WriteAsync(resolver.Answer(requestStream.Current)).ConfigureAwait(false);
        }
    }
}
