using Collections.Cases.V1;
using Google.Protobuf.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace CollectionsPlatform.Gateway.Routing;

/// <summary>The gRPC services the gateway routes, as described by the compiled contracts
/// (src/Contracts/Protos): every service of the package <c>collections.&lt;name&gt;.v1</c> of each routed service.</summary>
internal sealed class RoutedContracts
{
    private RoutedContracts(IReadOnlyDictionary<string, IReadOnlyList<ServiceDescriptor>> byService) => ByService = byService;

    /// <summary>Per routed service (discovery name), the contract services it serves; empty when the contracts hold none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ServiceDescriptor>> ByService { get; }

    /// <summary>Every routed contract service.</summary>
    public IEnumerable<ServiceDescriptor> All => ByService.Values.SelectMany(s => s);

    public static RoutedContracts For(GatewayTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var files = CompiledFiles();
        return new RoutedContracts(topology.Services.ToDictionary(
            service => service,
            service => (IReadOnlyList<ServiceDescriptor>)files
                .Where(f => f.Package == GatewayTopology.PackageOf(service))
                .SelectMany(f => f.Services)
                .ToList()));
    }

    /// <summary>The file descriptors Grpc.Tools generated into the contracts assembly (one *Reflection class per .proto).</summary>
    private static List<FileDescriptor> CompiledFiles() =>
        typeof(CaseService).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(p => p?.PropertyType == typeof(FileDescriptor))
            .Select(p => (FileDescriptor)p!.GetValue(null)!)
            .ToList();
}
