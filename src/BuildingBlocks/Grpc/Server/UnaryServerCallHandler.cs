using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Unary calls: read the whole request (one message), invoke, write one message.</summary>
internal sealed class UnaryServerCallHandler<TService, TRequest, TResponse> : ServerCallHandler<TService, TRequest, TResponse>
    where TService : class
    where TRequest : class
    where TResponse : class
{
    private readonly Func<TService, TRequest, ServerCallContext, Task<TResponse>> _invoker;
    private readonly UnaryServerMethod<TRequest, TResponse> _terminal;

    public UnaryServerCallHandler(Method<TRequest, TResponse> method, Func<TService, TRequest, ServerCallContext, Task<TResponse>> invoker, GrpcServiceOptions options, ILogger logger)
        : base(method, options, logger)
    {
        _invoker = invoker;
        _terminal = InvokeServiceAsync;
    }

    protected override async Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext context)
    {
        var request = await ReadSingleRequestAsync(httpContext, context).ConfigureAwait(false);
        var pipeline = _terminal;
        if (Options.Interceptors.Count > 0)
        {
            foreach (var interceptor in ResolveInterceptors(httpContext).Reverse())
            {
                var next = pipeline;
                pipeline = (r, c) => interceptor.UnaryServerHandler(r, c, next);
            }
        }

        var response = await pipeline(request, context).ConfigureAwait(false)
            ?? throw new RpcException(new Status(StatusCode.Internal, "No message returned from method."));
        context.CancellationToken.ThrowIfCancellationRequested();
        ResponseWriter.Write(context, response, Method.ResponseMarshaller);
    }

    private async Task<TResponse> InvokeServiceAsync(TRequest request, ServerCallContext context)
    {
        var service = Activator.Create(context.GetHttpContext().RequestServices, out var created);
        try
        {
            return await _invoker(service, request, context).ConfigureAwait(false);
        }
        finally
        {
            await ServiceActivator<TService>.ReleaseAsync(service, created).ConfigureAwait(false);
        }
    }
}
