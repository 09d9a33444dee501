using Yarp.ReverseProxy.Configuration;

namespace CollectionsPlatform.Gateway.Routing;

/// <summary>Builds YARP's routes and clusters from the topology and the service discovery configuration Aspire passes
/// (<c>services:&lt;name&gt;:grpc:0</c>; not configured: the service's DNS name); rebuilt when configuration reloads.</summary>
internal sealed class ServiceRouteConfigProvider(GatewayTopology topology, IConfiguration configuration)
    : IProxyConfigProvider
{
    public IProxyConfig GetConfig()
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in topology.Services)
        {
            var configured = configuration[$"services:{service}:grpc:0"];
            var destination = string.IsNullOrWhiteSpace(configured) ? new Uri($"http://{service}") : new Uri(configured);
            routes.Add(ServiceRoutes.GrpcRoute(service));
            clusters.Add(ServiceRoutes.GrpcCluster(service, destination));
        }

        return new ServiceRouteConfig(routes, clusters, configuration.GetReloadToken());
    }
}
