using CollectionsPlatform.Grpc.Health;
using CollectionsPlatform.Grpc.Reflection;
using CollectionsPlatform.Grpc.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the gRPC server runtime.</summary>
public static class GrpcServiceCollectionExtensions
{
    /// <summary>Adds the gRPC server, with health status and reflection support; configure limits and interceptors through <paramref name="configure"/>.</summary>
    public static GrpcServerBuilder AddGrpc(this IServiceCollection services, Action<GrpcServiceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRouting();
        services.AddOptions<GrpcServiceOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton<GrpcServiceRegistry>();
        services.TryAddSingleton<GrpcHealthStatus>();
        services.TryAddSingleton<ReflectionResolver>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHealthCheckPublisher, GrpcHealthCheckPublisher>());
        return new GrpcServerBuilder(services);
    }
}
