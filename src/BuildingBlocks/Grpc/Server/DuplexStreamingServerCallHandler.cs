using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Bidirectional calls: the handler reads requests and writes responses concurrently.</summary>
internal sealed class DuplexStreamingServerCallHandler<TService, TRequest, TResponse> : ServerCallHandler<TService, TRequest, TResponse>
    where TService : class
    where TRequest : class
    where TResponse : class
{
    private readonly Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task> _invoker;
    private readonly DuplexStreamingServerMethod<TRequest, TResponse> _terminal;

    public DuplexStreamingServerCallHandler(Method<TRequest, TResponse> method, Func<TService, IAsyncStreamReader<TRequest>, IServerStreamWriter<TResponse>, ServerCallContext, Task> invoker, GrpcServiceOptions options, ILogger logger)
        : base(method, options, logger)
    {
        _invoker = invoker;
        _terminal = InvokeServiceAsync;
    }

    protected override async Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext context)
    {
        var reader = new HttpContextStreamReader<TRequest>(context, Method.RequestMarshaller);
        var writer = new HttpContextStreamWriter<TResponse>(context, Method.ResponseMarshaller);
        var pipeline = _terminal;
        if (Options.Interceptors.Count > 0)
        {
            foreach (var interceptor in ResolveInterceptors(httpContext).Reverse())
            {
                var next = pipeline;
                pipeline = (r, w, c) => interceptor.DuplexStreamingServerHandler(r, w, c, next);
            }
        }

        try
        {
            await pipeline(reader, writer, context).ConfigureAwait(false);
        }
        finally
        {
            writer.Completed = true;
        }
    }

    private async Task InvokeServiceAsync(IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context)
    {
        var service = Activator.Create(context.GetHttpContext().RequestServices, out var created);
        try
        {
            await _invoker(service, requestStream, responseStream, context).ConfigureAwait(false);
        }
        finally
        {
            await ServiceActivator<TService>.ReleaseAsync(service, created).ConfigureAwait(false);
        }
    }
}
