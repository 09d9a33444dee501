using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Returned by AddGrpc for further configuration.</summary>
public sealed record GrpcServerBuilder(IServiceCollection Services);
