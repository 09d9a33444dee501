using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>What AddServiceDefaults puts on every HttpClient: service discovery, and the standard resilience handler
/// that retries safe methods only (gRPC clients opt out with WithoutHttpResilience).</summary>
public sealed class HttpClientDefaultsTests
{
    [Fact]
    public async Task A_logical_address_is_sent_to_the_endpoint_configured_for_the_service()
    {
        var seen = new List<Uri>();
        using var host = Host(seen, HttpStatusCode.OK);

        using var response = await Client(host).GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        seen.ShouldBe([new Uri("http://127.0.0.1:5100/health")]);
    }

    [Fact]
    public async Task A_failing_get_is_retried_but_a_failing_post_is_sent_once()
    {
        var seen = new List<Uri>();
        using var host = Host(seen, HttpStatusCode.ServiceUnavailable);
        var client = Client(host);

        using (await client.GetAsync(new Uri("/cases", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            seen.Count.ShouldBeGreaterThan(1, "GET is safe to repeat");
        }

        seen.Clear();
        using (await client.PostAsync(new Uri("/cases", UriKind.Relative), new StringContent("{}"), TestContext.Current.CancellationToken))
        {
            seen.Count.ShouldBe(1, "a replayed POST could apply its effect twice");
        }
    }

    [Fact]
    public async Task A_client_without_http_resilience_sends_each_request_once()
    {
        var seen = new List<Uri>();
        using var host = Host(seen, HttpStatusCode.ServiceUnavailable, builder => builder.WithoutHttpResilience());

        using (await Client(host).GetAsync(new Uri("/cases", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            seen.Count.ShouldBe(1);
        }
    }

    private static IHost Host(List<Uri> seen, HttpStatusCode status, Action<IHttpClientBuilder>? configure = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([new("services:cases:http:0", "http://127.0.0.1:5100")]);
        builder.AddServiceDefaults();
        var client = builder.Services.AddHttpClient("cases", c => c.BaseAddress = new Uri("http://cases"))
            .ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(seen, status));
        configure?.Invoke(client);
        return builder.Build();
    }

    private static HttpClient Client(IHost host) =>
        host.Services.GetRequiredService<IHttpClientFactory>().CreateClient("cases");
}
