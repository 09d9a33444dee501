using System.Net;
using System.Security.Claims;
using CollectionsPlatform.Grpc.Interceptors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

[assembly: AssemblyFixture(typeof(CollectionsPlatform.Grpc.Tests.GrpcServerFixture))]

namespace CollectionsPlatform.Grpc.Tests;

/// <summary>A real Kestrel h2c server on a free loopback port, serving the echo, health and reflection services.</summary>
public sealed class GrpcServerFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri Address { get; private set; } = null!;

    /// <summary>An HTTP/1.1-only endpoint of the same app, where gRPC must be refused.</summary>
    public Uri Http1Address { get; private set; } = null!;

    public CallObserver Observer { get; } = new();

    public RawGrpcClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2);
            k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddSingleton(Observer);
        builder.Services.AddHealthChecks().AddCheck("readiness", () => Observer.Ready ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy());
        builder.Services.AddGrpc(o =>
        {
            o.ResponseCompressionAlgorithm = "gzip";
            o.Interceptors.Add<LoggingInterceptor>();
            o.Interceptors.Add<TrailerInterceptor>();
        });
        _app = builder.Build();
        _app.Use((context, next) =>
        {
            if (context.Request.Headers.TryGetValue("x-test-caller", out var caller))
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, caller.ToString())], "test"));
            }

            return next(context);
        });
        _app.MapGrpcService<EchoServiceImpl>();
        _app.MapGrpcHealthService();
        _app.MapGrpcReflectionService();
        await _app.StartAsync();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        Address = new Uri(addresses[0]);
        Http1Address = new Uri(addresses[1]);
        Client = new RawGrpcClient(Address);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
