using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>A tiny real backend with the platform's two endpoints: HTTP/1.1 /health answering a fixed report,
/// and an h2c endpoint answering any gRPC unary call by echoing the request message with grpc-status 0.</summary>
internal sealed class FakeService(WebApplication app, int httpPort, int grpcPort, ConcurrentQueue<SeenRequest> seen) : IAsyncDisposable
{
    public int HttpPort => httpPort;

    public int GrpcPort => grpcPort;

    public IReadOnlyCollection<SeenRequest> Seen => seen;

    public static async Task<FakeService> StartAsync(HttpStatusCode healthStatus, string healthBody, CancellationToken cancellationToken)
    {
        var (httpPort, grpcPort) = (FreePort.Next(), FreePort.Next());
        var seen = new ConcurrentQueue<SeenRequest>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, httpPort);
            kestrel.Listen(IPAddress.Loopback, grpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        });
        var app = builder.Build();
        app.MapGet("/health", () => Results.Text(healthBody, "application/json", statusCode: (int)healthStatus));
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            seen.Enqueue(new SeenRequest(context.Request.Path, context.Request.Protocol, context.Request.Headers["X-Correlation-Id"]));
            using var message = new MemoryStream();
            await context.Request.Body.CopyToAsync(message, context.RequestAborted);
            context.Response.ContentType = "application/grpc";
            context.Response.AppendTrailer("grpc-status", "0");
            await context.Response.Body.WriteAsync(message.ToArray(), context.RequestAborted);
        });
        await app.StartAsync(cancellationToken);
        return new FakeService(app, httpPort, grpcPort, seen);
    }

    public static Task<FakeService> StartHealthyAsync(CancellationToken cancellationToken) =>
        StartAsync(HttpStatusCode.OK, """{"status":"Healthy","totalDurationMs":1,"checks":[{"name":"self","status":"Healthy","description":null,"durationMs":0}]}""", cancellationToken);

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
