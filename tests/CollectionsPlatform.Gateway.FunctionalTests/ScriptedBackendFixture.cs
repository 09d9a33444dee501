using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>A gateway process whose Cases backend is <see cref="ScriptedCaseService"/> (in this process, on our gRPC
/// server over h2c) with an 8 s call deadline; PaymentPlans points at a closed port.</summary>
public sealed class ScriptedBackendFixture(PlatformFixture platform) : IAsyncLifetime
{
    private WebApplication? backend;

    public ConcurrentDictionary<string, string> CorrelationIds { get; } = new(StringComparer.Ordinal);

    public HttpClient Api { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var grpc = PlatformFixture.ClosedPort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(CorrelationIds);
        builder.Services.AddGrpc();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, grpc.Port, listen => listen.Protocols = HttpProtocols.Http2));
        backend = builder.Build();
        backend.MapGrpcService<ScriptedCaseService>();
        await backend.StartAsync();
        var dead = PlatformFixture.ClosedPort();
        var gateway = await platform.StartGatewayAsync(dead, grpc, dead, dead, callTimeout: "00:00:08");
        Api = new HttpClient { BaseAddress = gateway.HttpAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async ValueTask DisposeAsync()
    {
        Api?.Dispose();
        if (backend is not null)
        {
            await backend.DisposeAsync();
        }
    }
}
