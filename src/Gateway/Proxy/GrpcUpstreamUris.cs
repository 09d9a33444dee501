using System.Collections.Concurrent;

namespace CollectionsPlatform.Gateway.Proxy;

/// <summary>The backend URI of each (destination, path, query) seen, parsed once: a gRPC API has a few dozen
/// methods, so parsing a <see cref="Uri"/> per call would be waste. Bounded, so unknown paths cannot grow it.</summary>
internal sealed class GrpcUpstreamUris
{
    private const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string Destination, string Path, string Query), Uri> known = new();

    public Uri For(string destinationPrefix, HttpRequest request)
    {
        var key = (destinationPrefix, request.Path.Value ?? "/", request.QueryString.Value ?? "");
        if (known.TryGetValue(key, out var uri))
        {
            return uri;
        }

        uri = new Uri(destinationPrefix.TrimEnd('/') + key.Item2 + key.Item3, UriKind.Absolute);
        if (known.Count < Capacity)
        {
            known.TryAdd(key, uri);
        }

        return uri;
    }
}
