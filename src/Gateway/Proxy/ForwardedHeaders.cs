using System.Net.Http.Headers;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CollectionsPlatform.Gateway.Proxy;

/// <summary>Which headers cross the gateway: every header and gRPC metadata entry (ASCII and <c>-bin</c>) except
/// HTTP/2 pseudo-headers, Host (the backend's authority is used) and connection-specific headers.</summary>
internal static class ForwardedHeaders
{
    private const string XForwardedFor = "X-Forwarded-For";
    private const string XForwardedProto = "X-Forwarded-Proto";
    private const string XForwardedHost = "X-Forwarded-Host";

    /// <summary>Copies the caller's headers onto the backend request (content headers onto its content).</summary>
    public static void CopyRequestHeaders(IHeaderDictionary source, HttpRequestMessage target, HttpContent content)
    {
        foreach (var (name, values) in source)
        {
            if (!IsForwardedRequestHeader(name, values))
            {
                continue;
            }

            var added = values.Count == 1
                ? target.Headers.TryAddWithoutValidation(name, values[0])
                : target.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            if (!added)
            {
                _ = values.Count == 1
                    ? content.Headers.TryAddWithoutValidation(name, values[0])
                    : content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }
    }

    /// <summary>Sets X-Forwarded-For, -Proto and -Host as YARP's default transforms do (the caller's X-Forwarded-* headers are not forwarded).</summary>
    public static void AddForwardedFor(HttpContext context, HttpRequestMessage target)
    {
        var headers = target.Headers;
        if (context.Connection.RemoteIpAddress is { } remote)
        {
            headers.TryAddWithoutValidation(XForwardedFor, remote.ToString());
        }

        headers.TryAddWithoutValidation(XForwardedProto, context.Request.Scheme);
        if (context.Request.Host.HasValue)
        {
            headers.TryAddWithoutValidation(XForwardedHost, context.Request.Host.Value);
        }
    }

    /// <summary>Copies the backend's response or content headers onto the caller's response.</summary>
    public static void CopyResponseHeaders(HttpHeaders source, IHeaderDictionary target)
    {
        foreach (var (name, values) in source.NonValidated)
        {
            if (!IsConnectionSpecific(name))
            {
                target[name] = ToStringValues(values);
            }
        }
    }

    /// <summary>Copies the backend's trailers (grpc-status, grpc-message, grpc-status-details-bin, metadata).</summary>
    public static void CopyTrailers(HttpHeaders source, HttpResponse target)
    {
        foreach (var (name, values) in source.NonValidated)
        {
            target.AppendTrailer(name, ToStringValues(values));
        }
    }

    private static StringValues ToStringValues(HeaderStringValues values) =>
        values.Count == 1 ? new StringValues(values.ToString()) : new StringValues(values.ToArray());

    private static bool IsForwardedRequestHeader(string name, StringValues values)
    {
        if (name.Length == 0 || name[0] == ':' || IsConnectionSpecific(name)
            || name.Equals(HeaderNames.Host, StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // HTTP/2 allows TE only as "trailers", which gRPC requires.
        return !name.Equals(HeaderNames.TE, StringComparison.OrdinalIgnoreCase)
            || (values.Count == 1 && string.Equals(values[0], "trailers", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsConnectionSpecific(string name) =>
        name.Equals(HeaderNames.Connection, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.TransferEncoding, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.KeepAlive, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.Upgrade, StringComparison.OrdinalIgnoreCase)
        || name.Equals(HeaderNames.ProxyConnection, StringComparison.OrdinalIgnoreCase);
}
