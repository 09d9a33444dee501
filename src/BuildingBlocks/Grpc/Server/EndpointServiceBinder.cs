using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>
/// Receives a service's methods from its generated BindService and maps one POST endpoint per method at
/// "/{package}.{Service}/{Method}". The handler delegates are built once here; no reflection per call.
/// </summary>
internal sealed class EndpointServiceBinder<TService>(IEndpointRouteBuilder endpoints, GrpcServiceOptions options, ILogger logger) : ServiceBinderBase
    where TService : class
{
    public List<IEndpointConventionBuilder> Builders { get; } = [];

    public List<IMethod> Methods { get; } = [];

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
    {
        var info = Find(method, typeof(TRequest), typeof(ServerCallContext));
        var invoker = info.CreateDelegate<Func<TService, TRequest, ServerCallContext, Task<TResponse>>>();
        Map(method, info, new UnaryServerCallHandler<TService, TRequest, TResponse>(method, invoker, options, logger).HandleCallAsync);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var info = Find(method, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext));
        var invoker = info.CreateDelegate<Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>>>();
        Map(method, info, new ClientStreamingServerCallHandler<TService, TRequest, TResponse>(method, invoker, options, logger).HandleCallAsync);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var info = Find(method, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        var invoker = info.CreateDelegate<Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();
        Map(method, info, new ServerStreamingServerCallHandler<TService, TRequest, TResponse>(method, invoker, options, logger).HandleCallAsync);
    }

    public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
    {
        var info = Find(method, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext));
        var invoker = info.CreateDelegate<Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task>>();
        Map(method, info, new DuplexStreamingServerCallHandler<TService, TRequest, TResponse>(method, invoker, options, logger).HandleCallAsync);
    }

    private static MethodInfo Find(IMethod method, params Type[] parameters) =>
        typeof(TService).GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance, parameters)
        ?? throw new InvalidOperationException($"{typeof(TService).Name} has no public method {method.Name} for {method.FullName}.");

    private void Map(IMethod method, MethodInfo info, RequestDelegate handler)
    {
        var builder = endpoints.MapMethods(method.FullName, [HttpMethods.Post], handler)
            .WithDisplayName("gRPC - " + method.FullName);
        var metadata = typeof(TService).GetCustomAttributes(inherit: true).Concat(info.GetCustomAttributes(inherit: true)).ToList();
        metadata.Add(new GrpcMethodMetadata(typeof(TService), method));
        builder.Add(b =>
        {
            foreach (var item in metadata)
            {
                b.Metadata.Add(item);
            }
        });
        Builders.Add(builder);
        Methods.Add(method);
    }
}
