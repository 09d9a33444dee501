using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CollectionsPlatform.ServiceDefaults.Discovery;

/// <summary>Registration in the shape of Microsoft.Extensions.ServiceDiscovery.</summary>
public static class ServiceDiscoveryExtensions
{
    /// <summary>Registers <see cref="IServiceEndpointResolver"/> (configuration, else DNS).</summary>
    public static IServiceCollection AddServiceDiscovery(this IServiceCollection services)
    {
        services.TryAddSingleton<IServiceEndpointResolver, ConfigurationServiceEndpointResolver>();
        services.TryAddTransient<ServiceDiscoveryHandler>();
        return services;
    }

    /// <summary>Resolves this client's logical addresses through <see cref="IServiceEndpointResolver"/>.</summary>
    public static IHttpClientBuilder AddServiceDiscovery(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddServiceDiscovery();
        return builder.AddHttpMessageHandler<ServiceDiscoveryHandler>();
    }
}
