using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>HTTP/JSON calls as the web and mobile apps make them.</summary>
public static class GatewayApi
{
    public static Task<ApiResponse> GetApiAsync(this HttpClient http, string path, string? correlationId = null) =>
        http.SendJsonAsync(HttpMethod.Get, path, null, correlationId);

    public static Task<ApiResponse> PostApiAsync(this HttpClient http, string path, object body, string? correlationId = null) =>
        http.SendJsonAsync(HttpMethod.Post, path, body, correlationId);

    public static async Task<ApiResponse> SendJsonAsync(this HttpClient http, HttpMethod method, string path, object? body, string? correlationId = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is string raw)
        {
            request.Content = new StringContent(raw, System.Text.Encoding.UTF8, "application/json");
        }
        else if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }

        if (correlationId is not null)
        {
            request.Headers.Add("X-Correlation-Id", correlationId);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiResponse(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Headers.TryGetValues("X-Correlation-Id", out var ids) ? ids.Single() : null,
            response.Headers.Location?.ToString(),
            text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static object Money(string amount, string currencyCode = "CNY") => new { currencyCode, amount };

    public static string Date(int daysFromToday) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(daysFromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
