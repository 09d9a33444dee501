namespace CollectionsPlatform.ServiceDefaults.Discovery;

/// <summary>
/// Resolves logical service addresses the way Microsoft.Extensions.ServiceDiscovery does:
/// <c>http://cases</c> → services:cases:http:0, <c>http://_grpc.cases</c> → services:cases:grpc:0,
/// <c>https+http://cases</c> → services:cases:https, then :http; anything not configured is left to DNS.
/// </summary>
public interface IServiceEndpointResolver
{
    /// <summary>Returns <paramref name="address"/> with scheme, host and port replaced by a configured endpoint
    /// (path and query kept), or the DNS form of the address when no endpoint is configured.</summary>
    Uri Resolve(Uri address);
}
