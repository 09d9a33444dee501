using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>A real HTTP server standing in for an OTLP/HTTP collector: records each POST's path and body.</summary>
internal sealed class OtlpCollector(WebApplication app, Channel<CollectedExport> requests) : IAsyncDisposable
{
    public ChannelReader<CollectedExport> Requests => requests.Reader;

    public Uri BaseAddress { get; } = new(app.Urls.First());

    public static async Task<OtlpCollector> StartAsync(CancellationToken cancellationToken)
    {
        var requests = Channel.CreateUnbounded<CollectedExport>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            await requests.Writer.WriteAsync(new CollectedExport(context.Request.Path, body.ToArray()), context.RequestAborted);
            return Results.Ok();
        });
        await app.StartAsync(cancellationToken);
        return new OtlpCollector(app, requests);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
