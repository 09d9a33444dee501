using CollectionsPlatform.Grpc.Health;
using CollectionsPlatform.Grpc.Server;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps grpc.health.v1.Health.</summary>
public static class GrpcHealthEndpointRouteBuilderExtensions
{
    /// <summary>Serves grpc.health.v1.Health (Check and Watch), reporting the host's readiness per mapped service and overall.</summary>
    public static GrpcServiceEndpointConventionBuilder MapGrpcHealthService(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<HealthServiceImpl>();
}
