using CollectionsPlatform.Gateway.Correlation;
using CollectionsPlatform.Gateway.Health;
using CollectionsPlatform.Gateway.Proxy;
using CollectionsPlatform.Gateway.Routing;
using CollectionsPlatform.ServiceDefaults;
using Yarp.ReverseProxy.Configuration;

namespace CollectionsPlatform.Gateway;

/// <summary>The gateway's wiring: gRPC routes per service over h2c, the gateway's own gRPC surface (grpc.health.v1,
/// reflection over the routed contracts, UNIMPLEMENTED for what it does not route), aggregated health, correlation ids.</summary>
public static class GatewayExtensions
{
    /// <summary>Routes each service's gRPC package prefix to its grpc endpoint, adds a "ready" health check per service
    /// that reads the service's own /health, and serves grpc.health.v1 and reflection for the routed services.</summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var topology = GatewayTopology.From(builder.Configuration);
        var contracts = RoutedContracts.For(topology);
        builder.Services.AddSingleton(topology);
        builder.Services.AddGrpc();
        builder.Services.AddGrpcHealthChecks(options => GrpcHealthMapping.Configure(options, contracts));
        builder.Services.AddGatewayReflection(contracts);
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

    /// <summary>Maps the gateway's gRPC surface: grpc.health.v1, server reflection and the routes to the services.
    /// A gRPC call to a service the gateway does not route is answered UNIMPLEMENTED by grpc-dotnet; a routed service
    /// that cannot be reached, UNAVAILABLE (whichever forwarder carries the call).</summary>
    public static IEndpointRouteBuilder MapGrpcGateway(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGrpcHealthChecksService();
        endpoints.MapGrpcReflectionService();
        endpoints.MapReverseProxy(proxy =>
        {
            proxy.Use(ForwarderErrorAnswers.AnswerUnreachableAsUnavailableAsync);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return endpoints;
    }

    /// <summary>Reads or assigns X-Correlation-Id, echoes it, forwards it and tags the trace with it.</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.UseMiddleware<CorrelationIdMiddleware>();
}
