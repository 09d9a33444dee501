using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Api;

/// <summary>Typed grpc-dotnet clients of our own services, addressed through service discovery.</summary>
public static class ServiceClientExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TClient"/> for <c>http://_grpc.{service}</c> (the service's "grpc" endpoint, resolved by
    /// the service discovery handler every HttpClient carries). grpc-dotnet's own load balancer would connect to the
    /// unresolved channel address, so it is switched off on the primary handler (as Microsoft.Extensions.ServiceDiscovery does).
    /// </summary>
    public static IHttpClientBuilder AddServiceClient<TClient>(this IServiceCollection services, string service)
        where TClient : ClientBase
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        return services
            .AddGrpcClient<TClient>(options => options.Address = new Uri($"http://_grpc.{service}"))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
                KeepAlivePingDelay = TimeSpan.FromSeconds(60),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(30),
                Properties = { ["__GrpcLoadBalancingDisabled"] = true },
            });
    }
}
