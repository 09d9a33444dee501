namespace CollectionsPlatform.ServiceDefaults.Discovery;

/// <summary>A logical address split into its parts: <c>https+http://_grpc.cases</c> → schemes [https, http],
/// endpoint "grpc", service "cases".</summary>
public sealed record ServiceAddress(IReadOnlyList<string> Schemes, string? EndpointName, string ServiceName)
{
    /// <summary>Splits <paramref name="address"/> (absolute URI).</summary>
    public static ServiceAddress Parse(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var schemes = address.Scheme.Split('+', StringSplitOptions.RemoveEmptyEntries);
        var host = address.IdnHost;
        if (host.StartsWith('_') && host.IndexOf('.', StringComparison.Ordinal) is var dot and > 1)
        {
            return new ServiceAddress(schemes, host[1..dot], host[(dot + 1)..]);
        }

        return new ServiceAddress(schemes, null, host);
    }
}
