using System.Net;
using CollectionsPlatform.Gateway.Proxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace CollectionsPlatform.Gateway.Routing;

/// <summary>The route and cluster for one service's gRPC API.</summary>
internal static class ServiceRoutes
{
    /// <summary>Matches <c>/collections.&lt;service&gt;.v1.&lt;Service&gt;/&lt;Method&gt;</c>, POST only (gRPC),
    /// forwarded by <see cref="GrpcPassThroughForwarder"/> when AddGrpcForwarding is registered.</summary>
    public static RouteConfig GrpcRoute(string service) => new()
    {
        RouteId = $"{service}-grpc",
        ClusterId = service,
        Match = new RouteMatch
        {
            Path = $"/{GatewayTopology.PackageOf(service)}.{{grpcService}}/{{grpcMethod}}",
            Methods = ["POST"],
        },
        Metadata = new Dictionary<string, string> { [GrpcPassThroughForwarder.RouteMetadataKey] = "true" },
    };

    /// <summary>One destination over h2c (HTTP/2 prior knowledge, exact version).</summary>
    public static ClusterConfig GrpcCluster(string service, Uri destination) => new()
    {
        ClusterId = service,
        Destinations = new Dictionary<string, DestinationConfig>
        {
            [service] = new() { Address = destination.GetLeftPart(UriPartial.Authority) },
        },
        HttpRequest = new ForwarderRequestConfig
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            ActivityTimeout = TimeSpan.FromMinutes(10),
        },
    };
}
