using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.Gateway.Health;

/// <summary>Reads a service's own /health (through discovery: http://&lt;service&gt;/health) and reports it: healthy on
/// 200, otherwise the status the service reported ("Unhealthy", "Degraded").</summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public const string HttpClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await client.GetAsync(new Uri($"http://{service}/health"), cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return HealthCheckResult.Healthy($"{service} healthy");
            }

            var status = await response.Content.ReadAsStringAsync(cancellationToken);
            var detail = status.Length is > 0 and <= 16 ? status : $"HTTP {(int)response.StatusCode}";
            return new HealthCheckResult(context.Registration.FailureStatus, $"{service} not ready: {detail}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{service} unreachable ({ex.GetType().Name})");
        }
    }
}
