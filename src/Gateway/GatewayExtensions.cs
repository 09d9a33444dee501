using CollectionsPlatform.Gateway.Correlation;
using CollectionsPlatform.Gateway.Health;
using CollectionsPlatform.Gateway.Proxy;
using CollectionsPlatform.Gateway.Routing;
using CollectionsPlatform.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace CollectionsPlatform.Gateway;

/// <summary>The gateway's wiring: gRPC routes per service over h2c, aggregated health, correlation ids.</summary>
public static class GatewayExtensions
{
    /// <summary>Routes each service's gRPC package prefix to its grpc endpoint and adds a "ready" health check
    /// per service that reads the service's own /health.</summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var topology = GatewayTopology.From(builder.Configuration);
        builder.Services.AddSingleton(topology);
        builder.Services.AddSingleton<IProxyConfigProvider, ServiceRouteConfigProvider>();
        builder.Services.AddReverseProxy();
        builder.Services.AddGrpcForwarding();
        // a probe reports the state now: no retries, its own 5 s timeout
        builder.Services.AddHttpClient(DownstreamHealthCheck.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5))
            .WithoutHttpResilience();
        var health = builder.Services.AddHealthChecks();
        foreach (var service in topology.Services)
        {
            health.Add(new(
                service,
                sp => ActivatorUtilities.CreateInstance<DownstreamHealthCheck>(sp, service),
                failureStatus: null,
                tags: ["ready", "downstream"],
                timeout: TimeSpan.FromSeconds(6)));
        }

        return builder;
    }

    /// <summary>Reads or assigns X-Correlation-Id, echoes it, forwards it and tags the trace with it.</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.UseMiddleware<CorrelationIdMiddleware>();
}
