using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Server-streaming calls: read one request, the handler writes any number of responses.</summary>
internal sealed class ServerStreamingServerCallHandler<TService, TRequest, TResponse> : ServerCallHandler<TService, TRequest, TResponse>
    where TService : class
    where TRequest : class
    where TResponse : class
{
    private readonly Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> _invoker;
    private readonly ServerStreamingServerMethod<TRequest, TResponse> _terminal;

    public ServerStreamingServerCallHandler(Method<TRequest, TResponse> method, Func<TService, TRequest, IServerStreamWriter<TResponse>, ServerCallContext, Task> invoker, GrpcServiceOptions options, ILogger logger)
        : base(method, options, logger)
    {
        _invoker = invoker;
        _terminal = InvokeServiceAsync;
    }

    protected override async Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext context)
    {
        var request = await ReadSingleRequestAsync(httpContext, context).ConfigureAwait(false);
        var writer = new HttpContextStreamWriter<TResponse>(context, Method.ResponseMarshaller);
        var pipeline = _terminal;
        if (Options.Interceptors.Count > 0)
        {
            foreach (var interceptor in ResolveInterceptors(httpContext).Reverse())
            {
                var next = pipeline;
                pipeline = (r, w, c) => interceptor.ServerStreamingServerHandler(r, w, c, next);
            }
        }

        try
        {
            await pipeline(request, writer, context).ConfigureAwait(false);
        }
        finally
        {
            writer.Completed = true;
        }
    }

    private async Task InvokeServiceAsync(TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context)
    {
        var service = Activator.Create(context.GetHttpContext().RequestServices, out var created);
        try
        {
            await _invoker(service, request, responseStream, context).ConfigureAwait(false);
        }
        finally
        {
            await ServiceActivator<TService>.ReleaseAsync(service, created).ConfigureAwait(false);
        }
    }
}
