using Microsoft.Extensions.DependencyInjection.Extensions;
using Yarp.ReverseProxy.Forwarder;

namespace CollectionsPlatform.Gateway.Proxy;

/// <summary>Registers the gateway's thin gRPC pass-through forwarder in front of YARP's own.</summary>
public static class GrpcForwardingExtensions
{
    /// <summary>Configuration key: "yarp" sends the gRPC routes back through YARP's own forwarder (the undo switch,
    /// env Gateway__GrpcForwarder=yarp); anything else or unset uses the pass-through forwarder.</summary>
    public const string ForwarderSettingKey = "Gateway:GrpcForwarder";

    /// <summary>
    /// Replaces YARP's <see cref="IHttpForwarder"/> with <see cref="GrpcPassThroughForwarder"/>, which forwards the
    /// routes marked as gRPC pass-through itself and hands every other route to YARP's forwarder, and tunes the
    /// backend connections (<see cref="GrpcForwarderHttpClientFactory"/>). Call it before or after AddReverseProxy.
    /// </summary>
    public static IServiceCollection AddGrpcForwarding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpForwarder();
        var yarpForwarder = services.Last(d => d.ServiceType == typeof(IHttpForwarder));
        if (yarpForwarder.ImplementationType is not { } yarpType)
        {
            return services; // already decorated: a second call changes nothing
        }

        services.Replace(ServiceDescriptor.Singleton<IHttpForwarder>(sp =>
        {
            var yarp = (IHttpForwarder)ActivatorUtilities.CreateInstance(sp, yarpType);
            return string.Equals(sp.GetRequiredService<IConfiguration>()[ForwarderSettingKey], "yarp", StringComparison.OrdinalIgnoreCase)
                ? yarp
                : new GrpcPassThroughForwarder(yarp, sp.GetRequiredService<ILogger<GrpcPassThroughForwarder>>());
        }));
        services.Replace(ServiceDescriptor.Singleton<IForwarderHttpClientFactory, GrpcForwarderHttpClientFactory>());
        return services;
    }
}
