using CollectionsPlatform.ServiceDefaults.Discovery;
using Yarp.ReverseProxy.Configuration;

namespace CollectionsPlatform.Gateway.Routing;

/// <summary>Builds YARP's routes and clusters from the topology and service discovery (services:&lt;name&gt;:grpc);
/// rebuilt when configuration reloads.</summary>
internal sealed class ServiceRouteConfigProvider(GatewayTopology topology, IServiceEndpointResolver resolver, IConfiguration configuration)
    : IProxyConfigProvider
{
    public IProxyConfig GetConfig()
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in topology.Services)
        {
            var destination = resolver.Resolve(new Uri($"http://_grpc.{service}"));
            routes.Add(ServiceRoutes.GrpcRoute(service));
            clusters.Add(ServiceRoutes.GrpcCluster(service, destination));
        }

        return new ServiceRouteConfig(routes, clusters, configuration.GetReloadToken());
    }
}
