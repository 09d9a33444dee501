using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CollectionsPlatform.EndToEnd;

/// <summary>The gateway's REST calls the tests make, as a web or mobile client makes them.</summary>
public static class GatewayApi
{
    /// <summary>The id of a case of the demo portfolio (listed through the gateway).</summary>
    public static async Task<string> SeededCaseAsync(HttpClient gateway, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var list = await gateway.GetFromJsonAsync<JsonObject>("/api/v1/cases?pageSize=1", ct);
        return list!["cases"]!.AsArray()[0]!["caseId"]!.GetValue<string>();
    }

    /// <summary><c>POST /api/v1/cases/{caseId}/plan-quotes</c> for 12 months, first due in 30 days; <paramref name="traceparent"/> when given.</summary>
    public static async Task<HttpResponseMessage> QuotePlansAsync(HttpClient gateway, string caseId, string? traceparent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        using var quote = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/plan-quotes")
        {
            Content = JsonContent.Create(new { termMonths = 12, firstDueDate = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
        };
        if (traceparent is not null)
        {
            quote.Headers.Add("traceparent", traceparent);
        }

        return await gateway.SendAsync(quote, ct);
    }
}
