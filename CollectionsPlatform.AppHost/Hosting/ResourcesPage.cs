using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>A small page like the Resources view of the Aspire dashboard: HTML at /, JSON at /api/resources.</summary>
internal sealed class ResourcesPage(IReadOnlyList<Resource> resources) : IAsyncDisposable
{
    private WebApplication? app;

    public string? Url { get; private set; }

    public async Task StartAsync(int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        Url = $"http://127.0.0.1:{port}";
        builder.WebHost.UseUrls(Url);
        app = builder.Build();
        app.MapGet("/api/resources", () => Results.Json(Snapshot()));
        app.MapGet("/", () => Results.Content(Html(), "text/html; charset=utf-8"));
        await app.StartAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private List<ResourceSnapshot> Snapshot() => resources.Select(ResourceSnapshot.Of).ToList();

    private string Html()
    {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"3\">")
            .Append("<title>CollectionsPlatform resources</title><style>body{font-family:sans-serif}td,th{border:1px solid #ccc;padding:4px;vertical-align:top}")
            .Append("table{border-collapse:collapse}pre{margin:0;font-size:11px;max-width:60em;overflow:auto}</style></head><body>")
            .Append("<h1>Resources</h1><table><tr><th>name</th><th>kind</th><th>state</th><th>pid</th><th>endpoints</th><th>health</th><th>restarts</th><th>last log lines</th></tr>");
        foreach (var r in Snapshot())
        {
            html.Append("<tr><td>").Append(E(r.Name)).Append("</td><td>").Append(E(r.Kind)).Append("</td><td>").Append(E(r.State))
                .Append("</td><td>").Append(r.Pid).Append("</td><td>").Append(string.Join("<br>", r.Endpoints.Select(E)))
                .Append("</td><td>").Append(E(r.Health)).Append("</td><td>").Append(r.Restarts)
                .Append("</td><td><pre>").Append(E(string.Join('\n', r.LastLogLines))).Append("</pre></td></tr>");
        }

        return html.Append("</table><p><a href=\"/api/resources\">/api/resources</a></p></body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
