using System.Collections.Concurrent;
using Google.Protobuf.Reflection;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>The services mapped on this host: names (for health) and descriptors (for reflection).</summary>
public sealed class GrpcServiceRegistry
{
    private readonly ConcurrentDictionary<string, ServiceDescriptor?> _services = new(StringComparer.Ordinal);

    /// <summary>Raised when a service is mapped.</summary>
    public event Action<string>? ServiceAdded;

    /// <summary>The fully qualified names of the mapped services, sorted.</summary>
    public IReadOnlyList<string> ServiceNames => [.. _services.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The descriptors of the mapped services that have one (generated code provides it).</summary>
    public IReadOnlyList<ServiceDescriptor> Descriptors => [.. _services.Values.OfType<ServiceDescriptor>().OrderBy(d => d.FullName, StringComparer.Ordinal)];

    internal bool UnimplementedEndpointMapped { get; set; }

    public void Add(string serviceName, ServiceDescriptor? descriptor)
    {
        if (_services.TryAdd(serviceName, descriptor))
        {
            ServiceAdded?.Invoke(serviceName);
        }
    }
}
