using CollectionsPlatform.Grpc.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>
/// Runs one gRPC call over an HTTP/2 request: validates the request, sets up the call context and deadline,
/// invokes the method's handler and sends the status as trailers (or as a trailers-only response for early errors).
/// </summary>
internal abstract class ServerCallHandler<TService, TRequest, TResponse>(
    Method<TRequest, TResponse> method, GrpcServiceOptions options, ILogger logger)
    where TService : class
    where TRequest : class
    where TResponse : class
{
    protected Method<TRequest, TResponse> Method { get; } = method;

    protected GrpcServiceOptions Options { get; } = options;

    protected ServiceActivator<TService> Activator { get; } = new();

    public async Task HandleCallAsync(HttpContext httpContext)
    {
        if (!RequestValidator.TryAccept(httpContext, out var requestEncoding, out var timeout, out var gzipResponses, Options))
        {
            await RequestDrainer.CompleteAndDrainAsync(httpContext).ConfigureAwait(false);
            return;
        }

        RequestBodyLimits.Lift(httpContext, Method.Type);
        using var context = new HttpContextServerCallContext(httpContext, Method.FullName, Options, timeout, requestEncoding, gzipResponses);
        Status status;
        Metadata? trailers = null;
        try
        {
            await HandleCallCoreAsync(httpContext, context).ConfigureAwait(false);
            status = context.DeadlineExceeded ? StatusMapper.DeadlineExceeded : context.Status;
        }
        catch (Exception exception)
        {
            (status, trailers) = StatusMapper.Map(exception, context, logger);
        }

        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        try
        {
            context.WriteStatus(status, trailers);
        }
        catch (InvalidOperationException exception)
        {
            ServerLog.StatusNotSent(logger, Method.FullName, exception.GetType().Name);
        }
    }

    protected abstract Task HandleCallCoreAsync(HttpContext httpContext, HttpContextServerCallContext context);

    protected async Task<TRequest> ReadSingleRequestAsync(HttpContext httpContext, HttpContextServerCallContext context)
    {
        var reader = httpContext.Request.BodyReader;
        var first = await MessageFrameReader.ReadAsync(reader, Method.RequestMarshaller, Options.MaxReceiveMessageSize, context.RequestEncoding, context.CancellationToken).ConfigureAwait(false);
        if (!first.HasMessage)
        {
            throw new RpcException(new Status(StatusCode.Internal, "Request did not include a message."));
        }

        var extra = await MessageFrameReader.ReadAsync(reader, Method.RequestMarshaller, Options.MaxReceiveMessageSize, context.RequestEncoding, context.CancellationToken).ConfigureAwait(false);
        return extra.HasMessage
            ? throw new RpcException(new Status(StatusCode.Internal, "Additional data after the request message."))
            : first.Message!;
    }

    protected Interceptor[] ResolveInterceptors(HttpContext httpContext)
    {
        var registrations = Options.Interceptors;
        var interceptors = new Interceptor[registrations.Count];
        for (var i = 0; i < interceptors.Length; i++)
        {
            interceptors[i] = registrations[i].Resolve(httpContext.RequestServices);
        }

        return interceptors;
    }
}
