using CollectionsPlatform.Grpc.InteropTests.Hosting;
using CollectionsPlatform.ServiceDefaults.Discovery;
using Collections.Interop.V1;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Grpc.InteropTests.Client;

/// <summary>Logical addresses (<c>http://_grpc.echo</c>) resolved through the ServiceDefaults resolver (Aspire's configuration contract).</summary>
public sealed class ServiceDiscoveryTests(InteropFixture fixture)
{
    private IConfiguration Configuration => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["services:echo:http:0"] = "http://127.0.0.1:1",
            ["services:echo:grpc:0"] = fixture.Ours.Address.ToString(),
        })
        .Build();

    [Fact]
    public async Task Registered_client_resolves_the_grpc_endpoint_through_the_http_client_pipeline()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Configuration);
        services.AddServiceDiscovery();
        services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());
        services.AddGrpcClient<EchoService.EchoServiceClient>(options => options.Address = new Uri("http://_grpc.echo"));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<EchoService.EchoServiceClient>();
        var response = await client.EchoAsync(new EchoRequest { Text = "found" });

        response.Text.ShouldBe("found");
    }

    [Fact]
    public async Task Channel_resolves_each_call_through_its_address_resolver()
    {
        var resolver = new ConfigurationServiceEndpointResolver(Configuration);
        var client = EchoClients.Create(new Uri("http://_grpc.echo"), new GrpcChannelOptions { AddressResolver = resolver.Resolve });

        var response = await client.EchoAsync(new EchoRequest { Text = "found" });

        response.Text.ShouldBe("found");
    }

    [Fact]
    public async Task Unresolvable_address_fails_with_unavailable()
    {
        var client = EchoClients.Create(new Uri("http://_grpc.nowhere.invalid"));

        var exception = await Should.ThrowAsync<RpcException>(async () => await client.EchoAsync(new EchoRequest()));

        exception.StatusCode.ShouldBe(StatusCode.Unavailable);
    }
}
