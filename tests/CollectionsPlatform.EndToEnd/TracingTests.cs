using System.Diagnostics;

namespace CollectionsPlatform.EndToEnd;

/// <summary>A debtor's plan quote through the gateway's REST API, then its trace as the dashboard shows it.</summary>
public sealed class TracingTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_plan_quote_through_the_gateway_is_one_trace_with_spans_from_gateway_paymentplans_and_cases()
    {
        var ct = TestContext.Current.CancellationToken;
        var caseId = await GatewayApi.SeededCaseAsync(platform.Gateway, ct);
        var trace = ActivityTraceId.CreateRandom();

        using var response = await GatewayApi.QuotePlansAsync(platform.Gateway, caseId, $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01", ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        ((int)response.StatusCode).ShouldBe(200, body);
        body.ShouldContain("\"EQUAL_INSTALMENT\"");

        using var dashboard = await DashboardTelemetry.ConnectAsync(platform.DashboardUrl, ct);
        string[] expected = ["gateway", "paymentplans", "cases"];
        var services = await dashboard.WaitForServicesInTraceAsync(trace.ToHexString(), expected, TimeSpan.FromSeconds(60), ct);
        expected.ShouldBeSubsetOf(services, $"the trace {trace} holds spans from {string.Join(", ", services)}");
    }
}
