using System.Reflection;
using CollectionsPlatform.Grpc;
using CollectionsPlatform.Grpc.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps gRPC services onto endpoint routing.</summary>
public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>Maps every method of <typeparamref name="TService"/> (a class deriving from a generated XxxBase).</summary>
    public static GrpcServiceEndpointConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder endpoints)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var registry = services.GetService<GrpcServiceRegistry>()
            ?? throw new InvalidOperationException("Call builder.Services.AddGrpc() before mapping gRPC services.");
        var options = services.GetRequiredService<IOptions<GrpcServiceOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("CollectionsPlatform.Grpc.Server");
        var attribute = typeof(TService).GetCustomAttribute<BindServiceMethodAttribute>(inherit: true)
            ?? throw new InvalidOperationException($"{typeof(TService).Name} does not derive from a generated service base ([BindServiceMethod] missing).");
        var bindMethod = attribute.BindType
            .GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .SingleOrDefault(m => m.Name == attribute.BindMethodName
                && m.GetParameters() is [{ } first, _]
                && first.ParameterType == typeof(ServiceBinderBase))
            ?? throw new InvalidOperationException($"{attribute.BindType.Name}.{attribute.BindMethodName}(ServiceBinderBase, …) not found.");
        var binder = new EndpointServiceBinder<TService>(endpoints, options, logger);
        bindMethod.Invoke(null, [binder, null]);
        var descriptor = attribute.BindType.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as Google.Protobuf.Reflection.ServiceDescriptor;
        foreach (var serviceName in binder.Methods.Select(m => m.ServiceName).Distinct())
        {
            registry.Add(serviceName, descriptor?.FullName == serviceName ? descriptor : null);
        }

        if (!registry.UnimplementedEndpointMapped)
        {
            registry.UnimplementedEndpointMapped = true;
            endpoints.MapMethods(UnimplementedEndpoint.Pattern, [Http.HttpMethods.Post], UnimplementedEndpoint.HandleAsync)
                .WithDisplayName("gRPC - unimplemented method")
                .Add(b => ((RouteEndpointBuilder)b).Order = int.MaxValue);
        }

        return new GrpcServiceEndpointConventionBuilder(binder.Builders);
    }
}
