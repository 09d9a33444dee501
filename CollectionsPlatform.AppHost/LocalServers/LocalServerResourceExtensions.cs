using CollectionsPlatform.LocalServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.AppHost.LocalServers;

/// <summary>What every local server resource shares: its command line, a fixed proxyless endpoint, a readiness probe.</summary>
public static class LocalServerResourceExtensions
{
    /// <summary>The arguments and environment of <paramref name="command"/> (the program and folder are the resource's own).</summary>
    public static IResourceBuilder<T> WithServerCommand<T>(this IResourceBuilder<T> builder, ServerCommand command)
        where T : ExecutableResource
    {
        ArgumentNullException.ThrowIfNull(command);
        builder.WithArgs([.. command.Arguments]);
        foreach (var (key, value) in command.Environment)
        {
            builder.WithEnvironment(key, value);
        }

        return builder;
    }

    /// <summary>A proxyless endpoint on the port the server itself listens on (chosen free at start).</summary>
    public static IResourceBuilder<T> WithLocalEndpoint<T>(this IResourceBuilder<T> builder, int port, string scheme = "tcp")
        where T : IResourceWithEndpoints =>
        builder.WithEndpoint(port: port, targetPort: port, scheme: scheme, name: "tcp", isProxied: false);

    /// <summary>A health check from the server's own probe, so <c>WaitFor</c> waits until it really answers.</summary>
    public static IResourceBuilder<T> WithReadinessProbe<T>(this IResourceBuilder<T> builder, Func<CancellationToken, Task<bool>> isReady)
        where T : IResource
    {
        var key = builder.Resource.Name + "_ready";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(
            key, async cancellationToken => await isReady(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("not answering yet"));
        return builder.WithHealthCheck(key);
    }
}
