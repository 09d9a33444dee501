using Microsoft.Extensions.Primitives;
using Yarp.ReverseProxy.Configuration;

namespace CollectionsPlatform.Gateway.Routing;

/// <summary>One snapshot of the gateway's routes and clusters.</summary>
internal sealed record ServiceRouteConfig(IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters, IChangeToken ChangeToken)
    : IProxyConfig;
