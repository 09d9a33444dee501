using System.Net;
using CollectionsPlatform.Grpc.InteropTests.Echo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>Our gRPC server on a real Kestrel HTTP/2 cleartext port: EchoService, health and reflection.</summary>
public sealed class EchoServerHost(WebApplication app, Uri address) : IAsyncDisposable
{
    /// <summary>The h2c address, for example http://127.0.0.1:41234.</summary>
    public Uri Address { get; } = address;

    /// <summary>The server's call counters.</summary>
    public EchoCallStats Stats => app.Services.GetRequiredService<EchoCallStats>();

    public static async Task<EchoServerHost> StartAsync(bool gzipResponses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton<EchoCallStats>();
        builder.Services.AddGrpc(options => options.ResponseCompressionAlgorithm = gzipResponses ? "gzip" : null);
        builder.Services.AddGrpcHealthChecks();
        builder.Services.AddGrpcReflection();
        var app = builder.Build();
        app.MapGrpcService<InteropEchoService>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new EchoServerHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
