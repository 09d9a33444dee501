using Collections.Interop.V1;
using Grpc.Core;

namespace CollectionsPlatform.Grpc.BenchHost;

/// <summary>The unary Echo RPC the benchmark measures; the other RPCs stay UNIMPLEMENTED.</summary>
public sealed class BenchEchoService : EchoService.EchoServiceBase
{
    public override Task<EchoResponse> Echo(EchoRequest request, ServerCallContext context) =>
        Task.FromResult(new EchoResponse { Text = request.Text });
}
