using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.ServiceDefaults.Health;

/// <summary>
/// Writes a health report as JSON: overall status and each check's name, status, description and duration.
/// Exceptions and check data are never written (they may carry connection details).
/// </summary>
public static class HealthReportWriter
{
    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Serialises <paramref name="report"/> into the response.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, HealthStatusReport.From(report), SerializerOptions, context.RequestAborted);
    }
}
