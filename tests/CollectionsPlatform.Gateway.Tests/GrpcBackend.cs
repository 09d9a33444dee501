using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>A real h2c backend with one endpoint per gRPC call shape the gateway must carry through unchanged:
/// unary with metadata and trailers, server streaming, a trailers-only error, a call held until the caller
/// cancels, and a duplex echo.</summary>
internal sealed class GrpcBackend(WebApplication app, int port) : IAsyncDisposable
{
    public const string Service = "/collections.cases.v1.CaseService/";

    public Uri Address { get; } = new($"http://127.0.0.1:{port}");

    /// <summary>Released by the test to let WatchCase send its second message.</summary>
    public TaskCompletionSource SecondMessage { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completed when HoldCase sees its caller cancel.</summary>
    public TaskCompletionSource HoldCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<GrpcBackend> StartAsync(CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        var app = builder.Build();
        var backend = new GrpcBackend(app, port);
        app.MapPost(Service + "GetCase", backend.GetCaseAsync);
        app.MapPost(Service + "WatchCase", backend.WatchCaseAsync);
        app.MapPost(Service + "FailCase", FailCase);
        app.MapPost(Service + "HoldCase", backend.HoldCaseAsync);
        app.MapPost(Service + "ChatCase", ChatCaseAsync);
        await app.StartAsync(cancellationToken);
        return backend;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task GetCaseAsync(HttpContext context)
    {
        using var message = new MemoryStream();
        await context.Request.Body.CopyToAsync(message, context.RequestAborted);
        var response = context.Response;
        response.ContentType = "application/grpc";
        response.Headers["x-seen-meta"] = context.Request.Headers["x-meta"];
        response.Headers["x-seen-blob-bin"] = context.Request.Headers["x-blob-bin"];
        response.Headers["x-seen-timeout"] = context.Request.Headers["grpc-timeout"];
        response.Headers["x-seen-protocol"] = context.Request.Protocol;
        response.AppendTrailer("grpc-status", "0");
        response.AppendTrailer("x-trailer-bin", "AAEC+v8=");
        await response.Body.WriteAsync(message.ToArray(), context.RequestAborted);
    }

    private async Task WatchCaseAsync(HttpContext context)
    {
        context.Response.ContentType = "application/grpc";
        context.Response.AppendTrailer("grpc-status", "0");
        await context.Response.Body.WriteAsync(GrpcFrames.Message(1), context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
        await SecondMessage.Task.WaitAsync(context.RequestAborted);
        await context.Response.Body.WriteAsync(GrpcFrames.Message(2), context.RequestAborted);
    }

    private static void FailCase(HttpContext context)
    {
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = "9";
        context.Response.Headers["grpc-message"] = "case%20on%20hold";
    }

    private async Task HoldCaseAsync(HttpContext context)
    {
        context.Response.ContentType = "application/grpc";
        await context.Response.Body.WriteAsync(GrpcFrames.Message(1), CancellationToken.None);
        await context.Response.Body.FlushAsync(CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            HoldCancelled.TrySetResult();
        }
    }

    private static async Task ChatCaseAsync(HttpContext context)
    {
        context.Response.ContentType = "application/grpc";
        context.Response.AppendTrailer("grpc-status", "0");
        await context.Response.StartAsync(context.RequestAborted);
        var buffer = new byte[1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
        }
    }
}
