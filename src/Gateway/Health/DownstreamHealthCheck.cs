using System.Net.Http.Json;
using System.Text.Json;
using CollectionsPlatform.ServiceDefaults.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.Gateway.Health;

/// <summary>Reads a service's own /health (through discovery: http://&lt;service&gt;/health) and reports it,
/// naming the checks that are not healthy.</summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public const string HttpClientName = "downstream-health";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await client.GetAsync(new Uri($"http://{service}/health"), cancellationToken);
            var report = await ReadReportAsync(response, cancellationToken);
            var failing = report?.Checks.Where(c => c.Status != nameof(HealthStatus.Healthy)).Select(c => $"{c.Name} {c.Status}").ToList() ?? [];
            if (response.IsSuccessStatusCode && failing.Count == 0)
            {
                return HealthCheckResult.Healthy($"{service} healthy");
            }

            var detail = failing.Count > 0 ? string.Join(", ", failing) : $"HTTP {(int)response.StatusCode}";
            return new HealthCheckResult(context.Registration.FailureStatus, $"{service} not ready: {detail}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{service} unreachable ({ex.GetType().Name})");
        }
    }

    private static async Task<HealthStatusReport?> ReadReportAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<HealthStatusReport>(SerializerOptions, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
