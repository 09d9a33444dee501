using CollectionsPlatform.Grpc.Reflection;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps gRPC server reflection.</summary>
public static class GrpcReflectionEndpointRouteBuilderExtensions
{
    /// <summary>Serves grpc.reflection.v1 and v1alpha ServerReflection from the descriptors of every mapped service.</summary>
    public static IEndpointConventionBuilder MapGrpcReflectionService(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGrpcService<ReflectionServiceImpl>();
        var v1Alpha = endpoints.MapGrpcService<ReflectionV1AlphaServiceImpl>();
        return new CollectionsPlatform.Grpc.Server.GrpcServiceEndpointConventionBuilder([v1, v1Alpha]);
    }
}
