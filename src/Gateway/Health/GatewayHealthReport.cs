using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.Gateway.Health;

/// <summary>The gateway's /health body, for an SRE asking which service is down: the overall status and each check's
/// name, status and description (the gateway's own words: "cases healthy", "contacts unreachable (…)"). Exceptions
/// and check data are never written.</summary>
internal static class GatewayHealthReport
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            Status = report.Status.ToString(),
            Checks = report.Entries.Select(e => new { Name = e.Key, Status = e.Value.Status.ToString(), e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, SerializerOptions, context.RequestAborted);
    }
}
