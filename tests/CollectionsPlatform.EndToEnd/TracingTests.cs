using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CollectionsPlatform.EndToEnd;

/// <summary>A debtor's plan quote through the gateway's REST API, then its trace as the dashboard shows it.</summary>
public sealed class TracingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_plan_quote_through_the_gateway_is_one_trace_with_spans_from_gateway_paymentplans_and_cases()
    {
        var ct = TestContext.Current.CancellationToken;
        var caseId = await SeededCaseAsync(ct);
        var trace = ActivityTraceId.CreateRandom();
        using var quote = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{caseId}/plan-quotes")
        {
            Content = JsonContent.Create(new { termMonths = 12, firstDueDate = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
        };
        quote.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        using var response = await platform.Gateway.SendAsync(quote, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        ((int)response.StatusCode).ShouldBe(200, body);
        body.ShouldContain("\"EQUAL_INSTALMENT\"");

        using var dashboard = await DashboardTelemetry.ConnectAsync(platform.DashboardUrl, ct);
        string[] expected = ["gateway", "paymentplans", "cases"];
        var services = await dashboard.WaitForServicesInTraceAsync(trace.ToHexString(), expected, TimeSpan.FromSeconds(60), ct);
        expected.ShouldBeSubsetOf(services, $"the trace {trace} holds spans from {string.Join(", ", services)}");
    }

    private async Task<string> SeededCaseAsync(CancellationToken ct)
    {
        var list = await platform.Gateway.GetFromJsonAsync<JsonObject>("/api/v1/cases?pageSize=1", ct);
        return list!["cases"]!.AsArray()[0]!["caseId"]!.GetValue<string>();
    }
}
