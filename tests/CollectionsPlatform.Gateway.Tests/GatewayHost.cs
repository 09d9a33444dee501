using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>The built gateway (bin/CollectionsPlatform.Gateway.dll) started as the AppHost starts it, once /alive answers.</summary>
internal static class GatewayHost
{
    public static Task<ServiceHostProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken) =>
        ServiceHostProcess.StartDllAsync(
            Path.Combine(AppContext.BaseDirectory, "CollectionsPlatform.Gateway.dll"), environment, "/alive", cancellationToken: cancellationToken);
}
