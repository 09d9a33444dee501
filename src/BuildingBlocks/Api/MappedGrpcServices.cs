namespace CollectionsPlatform.Api;

/// <summary>The gRPC service names a host maps (read from its endpoints once they are mapped), for grpc.health.v1.</summary>
internal sealed class MappedGrpcServices
{
    public IReadOnlyList<string> Names { get; set; } = [];
}
