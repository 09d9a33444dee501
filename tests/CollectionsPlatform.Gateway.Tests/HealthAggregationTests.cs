using System.Net;
using System.Text.Json;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Gateway.Tests;

public sealed class HealthAggregationTests
{
    private const string ContactsNotReady =
        """{"status":"Unhealthy","totalDurationMs":3,"checks":[{"name":"self","status":"Healthy","description":null,"durationMs":0},{"name":"contactsdb","status":"Unhealthy","description":"Database unreachable","durationMs":2}]}""";

    [Fact]
    public async Task Health_is_503_naming_each_service_that_is_down_or_not_ready()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cases = await FakeService.StartHealthyAsync(ct);
        await using var contacts = await FakeService.StartAsync(HttpStatusCode.ServiceUnavailable, ContactsNotReady, ct);
        var complaintsPort = FreePort.Next();
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Gateway__Services__0"] = "cases",
            ["Gateway__Services__1"] = "contacts",
            ["Gateway__Services__2"] = "complaints",
            ["services__cases__http__0"] = $"http://127.0.0.1:{cases.HttpPort}",
            ["services__contacts__http__0"] = $"http://127.0.0.1:{contacts.HttpPort}",
            ["services__complaints__http__0"] = $"http://127.0.0.1:{complaintsPort}",
        }, ct);
        using var client = new HttpClient { BaseAddress = gateway.HttpAddress };

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), ct);

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var checks = await ChecksAsync(response, ct);
        checks["self"].Status.ShouldBe("Healthy");
        checks["cases"].Status.ShouldBe("Healthy");
        checks["contacts"].Status.ShouldBe("Unhealthy");
        checks["contacts"].Description.ShouldContain("contacts not ready");
        checks["complaints"].Status.ShouldBe("Unhealthy");
        checks["complaints"].Description.ShouldContain("unreachable");
    }

    [Fact]
    public async Task Health_is_200_when_every_service_is_ready()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cases = await FakeService.StartHealthyAsync(ct);
        await using var consent = await FakeService.StartHealthyAsync(ct);
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Gateway__Services__0"] = "cases",
            ["Gateway__Services__1"] = "consent",
            ["services__cases__http__0"] = $"http://127.0.0.1:{cases.HttpPort}",
            ["services__consent__http__0"] = $"http://127.0.0.1:{consent.HttpPort}",
        }, ct);
        using var client = new HttpClient { BaseAddress = gateway.HttpAddress };

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var checks = await ChecksAsync(response, ct);
        checks.Keys.ShouldBe(["self", "cases", "consent"], ignoreOrder: true);
        checks.Values.ShouldAllBe(c => c.Status == "Healthy");
    }

    private static async Task<Dictionary<string, (string Status, string Description)>> ChecksAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => (c.GetProperty("status").GetString()!, c.GetProperty("description").GetString() ?? string.Empty));
    }
}
