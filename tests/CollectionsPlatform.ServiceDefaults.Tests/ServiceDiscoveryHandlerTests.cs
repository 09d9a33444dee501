using System.Net;
using CollectionsPlatform.ServiceDefaults.Discovery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.ServiceDefaults.Tests;

public sealed class ServiceDiscoveryHandlerTests
{
    [Fact]
    public async Task Http_client_with_service_discovery_sends_to_the_configured_endpoint()
    {
        var seen = new List<Uri>();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection([new("services:cases:http:0", "http://127.0.0.1:5100")])
            .Build());
        services.AddHttpClient("cases", c => c.BaseAddress = new Uri("http://cases"))
            .AddServiceDiscovery()
            .ConfigurePrimaryHttpMessageHandler(() => new RecordingHandler(seen));
        await using var provider = services.BuildServiceProvider();

        using var response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("cases")
            .GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        seen.ShouldBe([new Uri("http://127.0.0.1:5100/health")]);
    }
}
