using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace CollectionsPlatform.ServiceDefaults.Discovery;

/// <summary>Resolves from the "services" configuration section (env services__cases__grpc__0), round-robin over
/// several endpoints, else DNS. Reads configuration on each call, so reloads are honoured.</summary>
public sealed class ConfigurationServiceEndpointResolver(IConfiguration configuration) : IServiceEndpointResolver
{
    private readonly ConcurrentDictionary<string, int> cursors = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public Uri Resolve(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri)
        {
            return address;
        }

        var parsed = ServiceAddress.Parse(address);
        foreach (var (sectionName, scheme) in CandidateSections(parsed))
        {
            var endpoints = configuration.GetSection($"services:{parsed.ServiceName}:{sectionName}")
                .GetChildren()
                .Select(c => c.Value)
                .OfType<string>()
                .Where(v => !string.IsNullOrWhiteSpace(v))
                .ToList();
            if (endpoints.Count == 0)
            {
                continue;
            }

            var index = cursors.AddOrUpdate($"{parsed.ServiceName}:{sectionName}", 0, (_, i) => i + 1);
            var endpoint = endpoints[(index & int.MaxValue) % endpoints.Count];
            var target = endpoint.Contains("://", StringComparison.Ordinal)
                ? new Uri(endpoint, UriKind.Absolute)
                : new Uri($"{scheme}://{endpoint}", UriKind.Absolute);
            return Rebase(address, target.Scheme, target.Host, target.Port);
        }

        var fallbackScheme = parsed.Schemes.Count > 0 ? parsed.Schemes[0] : Uri.UriSchemeHttp;
        return Rebase(address, fallbackScheme, parsed.ServiceName, address.IsDefaultPort ? -1 : address.Port);
    }

    private static IEnumerable<(string Section, string Scheme)> CandidateSections(ServiceAddress address)
    {
        var schemes = address.Schemes.Count > 0 ? address.Schemes : [Uri.UriSchemeHttp];
        if (address.EndpointName is { } name)
        {
            yield return (name, schemes[0]);
            yield break;
        }

        foreach (var scheme in schemes)
        {
            yield return (scheme, scheme);
        }

        yield return ("default", schemes[0]);
    }

    private static Uri Rebase(Uri original, string scheme, string host, int port) =>
        new UriBuilder(original) { Scheme = scheme, Host = host, Port = port }.Uri;
}
