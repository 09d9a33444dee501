using System.Net.Http.Json;
using System.Text.Json;
using System.Web;

namespace CollectionsPlatform.EndToEnd;

/// <summary>
/// The dashboard's telemetry API: the browser token of the dashboard's login URL is exchanged at
/// <c>POST /api/telemetry/validateToken</c> for an API key, sent as <c>x-api-key</c> to <c>GET /api/telemetry/…</c>.
/// </summary>
public sealed class DashboardTelemetry : IDisposable
{
    private readonly HttpClient http;

    private DashboardTelemetry(HttpClient http) => this.http = http;

    public static async Task<DashboardTelemetry> ConnectAsync(Uri dashboardUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dashboardUrl);
        var http = new HttpClient { BaseAddress = new Uri(dashboardUrl.GetLeftPart(UriPartial.Authority)), Timeout = TimeSpan.FromSeconds(15) };
        var token = HttpUtility.ParseQueryString(dashboardUrl.Query)["t"];
        if (token is not null)
        {
            using var validated = await http.PostAsJsonAsync("/api/telemetry/validateToken", new { token }, ct);
            var answer = await validated.Content.ReadAsStringAsync(ct);
            validated.IsSuccessStatusCode.ShouldBeTrue($"validateToken answered {(int)validated.StatusCode}: {answer}");
            using var json = JsonDocument.Parse(answer);
            http.DefaultRequestHeaders.Add("x-api-key", json.RootElement.GetProperty("apiKey").GetString());
        }

        return new DashboardTelemetry(http);
    }

    /// <summary>Polls <c>GET /api/telemetry/traces/{traceId}</c> until spans from every expected service arrived; returns the services seen.</summary>
    public async Task<IReadOnlySet<string>> WaitForServicesInTraceAsync(string traceId, IReadOnlyCollection<string> expected, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        var seen = new HashSet<string>();
        while (DateTime.UtcNow < deadline && !expected.All(seen.Contains))
        {
            using var response = await http.GetAsync($"/api/telemetry/traces/{traceId}", ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (response.IsSuccessStatusCode)
            {
                using var json = JsonDocument.Parse(body);
                seen.UnionWith(ServiceNames(json.RootElement));
            }
            else if ((int)response.StatusCode is 401 or 403)
            {
                throw new InvalidOperationException($"the telemetry API refused the key: {(int)response.StatusCode} {body}");
            }

            await Task.Delay(500, ct);
        }

        return seen;
    }

    public void Dispose() => http.Dispose();

    /// <summary>Every <c>service.name</c> resource attribute anywhere in an OTLP JSON document.</summary>
    private static IEnumerable<string> ServiceNames(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String && key.GetString() == "service.name"
                    && element.TryGetProperty("value", out var value) && value.TryGetProperty("stringValue", out var name))
                {
                    yield return name.GetString()!;
                }

                foreach (var property in element.EnumerateObject())
                {
                    foreach (var found in ServiceNames(property.Value))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var found in ServiceNames(item))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
