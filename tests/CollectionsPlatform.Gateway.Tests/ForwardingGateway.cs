using System.Net;
using CollectionsPlatform.Gateway.Proxy;
using CollectionsPlatform.Gateway.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>YARP with the gateway's gRPC route and cluster for "cases" (ServiceRoutes) and the pass-through
/// forwarder (AddGrpcForwarding), in-process on a real h2c endpoint; plus a plain route "/plain/…" to the same
/// backend without the pass-through marker, which YARP's own forwarder must keep serving.</summary>
internal sealed class ForwardingGateway(WebApplication app, int port) : IAsyncDisposable
{
    public Uri Address { get; } = new($"http://127.0.0.1:{port}");

    public static async Task<ForwardingGateway> StartAsync(Uri backend, bool forwardingBeforeYarp, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        if (forwardingBeforeYarp)
        {
            builder.Services.AddGrpcForwarding();
        }

        builder.Services.AddReverseProxy().LoadFromMemory(
            [
                ServiceRoutes.GrpcRoute("cases"),
                new RouteConfig { RouteId = "plain", ClusterId = "cases", Match = new RouteMatch { Path = "/plain/{**rest}" } },
            ],
            [ServiceRoutes.GrpcCluster("cases", backend)]);
        if (!forwardingBeforeYarp)
        {
            builder.Services.AddGrpcForwarding();
        }

        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync(cancellationToken);
        return new ForwardingGateway(app, port);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
