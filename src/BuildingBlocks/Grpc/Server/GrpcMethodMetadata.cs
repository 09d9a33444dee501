namespace CollectionsPlatform.Grpc.Server;

/// <summary>Endpoint metadata naming the gRPC service type and method an endpoint serves.</summary>
public sealed record GrpcMethodMetadata(Type ServiceType, IMethod Method);
