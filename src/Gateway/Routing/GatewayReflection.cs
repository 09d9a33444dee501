using Google.Protobuf.Reflection;
using Grpc.Reflection;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace CollectionsPlatform.Gateway.Routing;

/// <summary>Server reflection (v1 and v1alpha) at the gateway: lists and describes every routed contract service
/// plus the gateway's own health and reflection services, so grpcurl or a grpc-js reflection client can describe and
/// call through the gateway. Registered before AddGrpcReflection, whose defaults would list only the services mapped
/// in the gateway itself.</summary>
internal static class GatewayReflection
{
    public static IServiceCollection AddGatewayReflection(this IServiceCollection services, RoutedContracts contracts)
    {
        ServiceDescriptor[] described =
        [
            .. contracts.All,
            Grpc.Health.V1.Health.Descriptor,
            Grpc.Reflection.V1.ServerReflection.Descriptor,
            Grpc.Reflection.V1Alpha.ServerReflection.Descriptor,
        ];
        services.AddSingleton(new ReflectionServiceImpl(described));
        services.AddSingleton(new ReflectionV1ServiceImpl(described));
        return services.AddGrpcReflection();
    }
}
