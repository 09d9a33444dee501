using Google.Protobuf;
using Alpha = CollectionsPlatform.Grpc.Reflection.V1Alpha;

namespace CollectionsPlatform.Grpc.Reflection;

/// <summary>grpc.reflection.v1alpha.ServerReflection: the same messages on the wire as v1, answered by the same resolver.</summary>
public sealed class ReflectionV1AlphaServiceImpl(ReflectionResolver resolver) : Alpha.ServerReflection.ServerReflectionBase
{
    public override async Task ServerReflectionInfo(IAsyncStreamReader<Alpha.ServerReflectionRequest> requestStream, IServerStreamWriter<Alpha.ServerReflectionResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        while (await requestStream.MoveNext(context.CancellationToken).ConfigureAwait(false))
        {
            var request = V1.ServerReflectionRequest.Parser.ParseFrom(requestStream.Current.ToByteString());
            var answer = resolver.Answer(request);
            await responseStream.WriteAsync(Alpha.ServerReflectionResponse.Parser.ParseFrom(answer.ToByteString())).ConfigureAwait(false);
        }
    }
}
