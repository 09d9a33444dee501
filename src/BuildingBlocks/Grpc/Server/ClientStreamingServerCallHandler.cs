using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Client-streaming calls: the handler reads the request stream and returns one response.</summary>
internal sealed class ClientStreamingServerCallHandler<TService, TRequest, TResponse> : ServerCallHandler<TService, TRequest, TResponse>
    where TService : class
    where TRequest : class
    where TResponse : class
{
    private readonly Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>> _invoker;
    private readonly ClientStreamingServerMethod<TRequest, TResponse> _terminal;

    public ClientStreamingServerCallHandler(Method<TRequest, TResponse> method, Func<TService, IAsyncStreamReader<TRequest>, ServerCallContext, Task<TResponse>> invoker, GrpcServiceOptions options, ILogger logger)
        : base(method, options, logger)
    {
        _invoker = invoker;
        _terminal = InvokeServiceAsync;
    }

    protected override async Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext context)
    {
        var reader = new HttpContextStreamReader<TRequest>(context, Method.RequestMarshaller);
        var pipeline = _terminal;
        if (Options.Interceptors.Count > 0)
        {
            foreach (var interceptor in ResolveInterceptors(httpContext).Reverse())
            {
                var next = pipeline;
                pipeline = (r, c) => interceptor.ClientStreamingServerHandler(r, c, next);
            }
        }

        var response = await pipeline(reader, context).ConfigureAwait(false)
            ?? throw new RpcException(new Status(StatusCode.Internal, "No message returned from method."));
        context.CancellationToken.ThrowIfCancellationRequested();
        ResponseWriter.Write(context, response, Method.ResponseMarshaller);
    }

    private async Task<TResponse> InvokeServiceAsync(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context)
    {
        var service = Activator.Create(context.GetHttpContext().RequestServices, out var created);
        try
        {
            return await _invoker(service, requestStream, context).ConfigureAwait(false);
        }
        finally
        {
            await ServiceActivator<TService>.ReleaseAsync(service, created).ConfigureAwait(false);
        }
    }
}
