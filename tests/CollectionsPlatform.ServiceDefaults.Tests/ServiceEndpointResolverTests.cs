using CollectionsPlatform.ServiceDefaults.Discovery;
using Microsoft.Extensions.Configuration;

namespace CollectionsPlatform.ServiceDefaults.Tests;

public sealed class ServiceEndpointResolverTests
{
    private static ConfigurationServiceEndpointResolver Resolver(params (string Key, string Value)[] settings) =>
        new(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Http_address_resolves_to_the_http_endpoint_keeping_path_and_query()
    {
        var resolver = Resolver(("services:cases:http:0", "http://127.0.0.1:5100"), ("services:cases:grpc:0", "http://127.0.0.1:5101"));

        resolver.Resolve(new Uri("http://cases/health?full=1")).ShouldBe(new Uri("http://127.0.0.1:5100/health?full=1"));
    }

    [Fact]
    public void Named_endpoint_resolves_to_that_endpoint()
    {
        var resolver = Resolver(("services:cases:http:0", "http://127.0.0.1:5100"), ("services:cases:grpc:0", "http://127.0.0.1:5101"));

        resolver.Resolve(new Uri("http://_grpc.cases")).ShouldBe(new Uri("http://127.0.0.1:5101/"));
    }

    [Fact]
    public void Scheme_list_prefers_the_first_configured_scheme()
    {
        var resolver = Resolver(("services:cases:http:0", "http://127.0.0.1:5100"));

        resolver.Resolve(new Uri("https+http://cases/x")).ShouldBe(new Uri("http://127.0.0.1:5100/x"));
    }

    [Fact]
    public void Endpoint_without_scheme_takes_the_scheme_of_the_address()
    {
        var resolver = Resolver(("services:contacts:http:0", "127.0.0.1:5200"));

        resolver.Resolve(new Uri("http://contacts/a")).ShouldBe(new Uri("http://127.0.0.1:5200/a"));
    }

    [Fact]
    public void Several_endpoints_are_used_in_turn()
    {
        var resolver = Resolver(("services:consent:http:0", "http://127.0.0.1:5300"), ("services:consent:http:1", "http://127.0.0.1:5301"));

        var first = resolver.Resolve(new Uri("http://consent"));
        var second = resolver.Resolve(new Uri("http://consent"));
        var third = resolver.Resolve(new Uri("http://consent"));

        new[] { first.Port, second.Port }.ShouldBe([5300, 5301], ignoreOrder: true);
        third.ShouldBe(first);
    }

    [Fact]
    public void Unconfigured_service_is_left_to_dns()
    {
        var resolver = Resolver(("services:cases:http:0", "http://127.0.0.1:5100"));

        resolver.Resolve(new Uri("http://complaints:8080/health")).ShouldBe(new Uri("http://complaints:8080/health"));
        resolver.Resolve(new Uri("http://_grpc.complaints")).ShouldBe(new Uri("http://complaints/"));
    }

    [Fact]
    public void Named_endpoint_that_is_not_configured_does_not_fall_back_to_another_endpoint()
    {
        var resolver = Resolver(("services:cases:http:0", "http://127.0.0.1:5100"));

        resolver.Resolve(new Uri("http://_grpc.cases")).ShouldBe(new Uri("http://cases/"));
    }

    [Fact]
    public void Environment_variable_form_is_read()
    {
        const string key = "services__paymentplans__grpc__0";
        Environment.SetEnvironmentVariable(key, "http://127.0.0.1:5401");
        try
        {
            var resolver = new ConfigurationServiceEndpointResolver(new ConfigurationBuilder().AddEnvironmentVariables().Build());

            resolver.Resolve(new Uri("http://_grpc.paymentplans")).ShouldBe(new Uri("http://127.0.0.1:5401/"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(key, null);
        }
    }
}
