namespace CollectionsPlatform.Grpc.InteropTests.Echo;

/// <summary>The <c>x-echo-*</c> request headers of a call: what the server saw, and what it sends back.</summary>
public sealed record EchoedHeaders(IDictionary<string, string> Seen, Metadata ResponseHeaders, Metadata ResponseTrailers)
{
    public const string Prefix = "x-echo-";
    public const string TrailerPrefix = "x-trailer-";

    public static EchoedHeaders From(Metadata requestHeaders)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var headers = new Metadata();
        var trailers = new Metadata();
        foreach (var entry in requestHeaders.Where(e => e.Key.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var trailerKey = TrailerPrefix + entry.Key[Prefix.Length..];
            if (entry.IsBinary)
            {
                seen[entry.Key] = Convert.ToBase64String(entry.ValueBytes);
                headers.Add(entry.Key, entry.ValueBytes);
                trailers.Add(trailerKey, entry.ValueBytes);
            }
            else
            {
                seen[entry.Key] = entry.Value;
                headers.Add(entry.Key, entry.Value);
                trailers.Add(trailerKey, entry.Value);
            }
        }

        return new EchoedHeaders(seen, headers, trailers);
    }
}
