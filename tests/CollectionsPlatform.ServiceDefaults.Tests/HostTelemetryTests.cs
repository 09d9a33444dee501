using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace CollectionsPlatform.ServiceDefaults.Tests;

public sealed partial class HostTelemetryTests
{
    [Fact]
    public async Task A_host_with_service_defaults_exports_its_server_spans_and_logs_over_otlp_but_not_its_health_probes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var collector = await OtlpCollector.StartAsync(ct);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(
        [
            new("OTEL_EXPORTER_OTLP_ENDPOINT", collector.BaseAddress.ToString()),
            new("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            new("OTEL_SERVICE_NAME", "host-under-test"),
        ]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        await using (var app = builder.Build())
        {
            app.MapDefaultEndpoints();
            app.MapGet("/cases/{id}", (string id, ILogger<HostTelemetryTests> logger) =>
            {
                LogCaseRead(logger, id);
                return Results.NoContent();
            });
            await app.StartAsync(ct);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using (await client.GetAsync(new Uri("/health", UriKind.Relative), ct))
            {
            }

            using var response = await client.GetAsync(new Uri("/cases/c-1", UriKind.Relative), ct);
            ((int)response.StatusCode).ShouldBe(204);

            // flush explicitly, with room to spare on a loaded machine (disposal alone gives the exporters a few seconds)
            app.Services.GetRequiredService<TracerProvider>().ForceFlush(30_000).ShouldBeTrue();
            app.Services.GetRequiredService<LoggerProvider>().ForceFlush(30_000).ShouldBeTrue();
            await app.StopAsync(ct);
        }

        var exports = new Dictionary<string, string> { ["/v1/traces"] = string.Empty, ["/v1/logs"] = string.Empty };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        while (!exports["/v1/traces"].Contains("/cases/{id}", StringComparison.Ordinal)
            || !exports["/v1/logs"].Contains("Case read for telemetry test", StringComparison.Ordinal))
        {
            var export = await collector.Requests.ReadAsync(deadline.Token);
            exports[export.Path] = exports.GetValueOrDefault(export.Path) + Encoding.UTF8.GetString(export.Body);
        }

        exports["/v1/traces"].ShouldContain("host-under-test");
        exports["/v1/traces"].ShouldContain("/cases/{id}");
        exports["/v1/traces"].ShouldContain("http.response.status_code");
        exports["/v1/logs"].ShouldContain("Case read for telemetry test");
        // the test's own client span carries the URL; a server span would carry the route (attribute key, then its value)
        Regex.IsMatch(exports["/v1/traces"], @"http\.route[\s\S]{0,8}/cases/\{id\}").ShouldBeTrue("the request's server span is exported");
        Regex.IsMatch(exports["/v1/traces"], @"http\.route[\s\S]{0,8}/health").ShouldBeFalse("health probes are not traced");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case read for telemetry test {CaseId}")]
    private static partial void LogCaseRead(ILogger logger, string caseId);
}
