using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace CollectionsPlatform.Gateway.Proxy;

/// <summary>
/// YARP's forwarder for the gateway's gRPC pass-through routes (route metadata <see cref="RouteMetadataKey"/>):
/// an HTTP/2 request per call over the cluster's pooled connections, headers and metadata copied as they are,
/// bodies streamed both ways, the backend's trailers (grpc-status, details) returned as trailers, grpc-timeout passed
/// through for the backend to enforce, and a caller's cancellation reset through to the backend. Every other route
/// goes to YARP's own forwarder. See docs/decisions/0007-thin-grpc-forwarder.md.
/// </summary>
internal sealed partial class GrpcPassThroughForwarder(IHttpForwarder yarpForwarder, ILogger<GrpcPassThroughForwarder> logger)
    : IHttpForwarder
{
    /// <summary>Route metadata that selects this forwarder for a route (value "true").</summary>
    public const string RouteMetadataKey = "Gateway.GrpcPassThrough";

    private const int CopyBufferSize = 16 * 1024;

    private readonly GrpcUpstreamUris uris = new();

    public ValueTask<ForwarderError> SendAsync(HttpContext context, string destinationPrefix, HttpMessageInvoker httpClient,
        ForwarderRequestConfig requestConfig, HttpTransformer transformer) =>
        IsPassThrough(context)
            ? ForwardAsync(context, destinationPrefix, httpClient)
            : yarpForwarder.SendAsync(context, destinationPrefix, httpClient, requestConfig, transformer);

    private static bool IsPassThrough(HttpContext context) =>
        context.Features.Get<IReverseProxyFeature>()?.Route.Config.Metadata is { } metadata
        && metadata.TryGetValue(RouteMetadataKey, out var value) && value == "true";

    private async ValueTask<ForwarderError> ForwardAsync(HttpContext context, string destinationPrefix, HttpMessageInvoker httpClient)
    {
        var aborted = context.RequestAborted;
        var content = new GrpcRequestContent(context.Request.BodyReader);
        using var request = new HttpRequestMessage(HttpMethod.Post, uris.For(destinationPrefix, context.Request))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        ForwardedHeaders.CopyRequestHeaders(context.Request.Headers, request, content);
        ForwardedHeaders.AddForwardedFor(context, request);

        HttpResponseMessage response;
        try
        {
            response = await httpClient.SendAsync(request, aborted);
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
        {
            if (aborted.IsCancellationRequested)
            {
                return ForwarderError.RequestCanceled;
            }

            LogUpstreamUnavailable(logger, context.Request.Path, exception.GetType().Name);
            GrpcProxyErrors.WriteUnavailable(context.Response);
            return ForwarderError.Request;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            ForwardedHeaders.CopyResponseHeaders(response.Headers, context.Response.Headers);
            ForwardedHeaders.CopyResponseHeaders(response.Content.Headers, context.Response.Headers);
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

            var error = await CopyResponseBodyAsync(context, response, aborted);
            if (error != ForwarderError.None)
            {
                return error;
            }

            if (response.TrailingHeaders.NonValidated.Count > 0)
            {
                ForwardedHeaders.CopyTrailers(response.TrailingHeaders, context.Response);
            }

            return ForwarderError.None;
        }
    }

    /// <summary>Copies the backend's body to the caller, flushing only when the backend has nothing more ready, so
    /// a unary answer leaves with its trailers in one write and a streamed message is never held back.</summary>
    private async ValueTask<ForwarderError> CopyResponseBodyAsync(HttpContext context, HttpResponseMessage response, CancellationToken aborted)
    {
        var upstream = await response.Content.ReadAsStreamAsync(aborted);
        var output = context.Response.BodyWriter;
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            var pending = upstream.ReadAsync(buffer, aborted);
            while (true)
            {
                int read;
                try
                {
                    read = await pending;
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException)
                {
                    return UpstreamFailed(context, exception, aborted);
                }

                if (read == 0)
                {
                    return ForwarderError.None;
                }

                output.Write(buffer.AsSpan(0, read));
                pending = upstream.ReadAsync(buffer, aborted);
                if (!pending.IsCompleted && !await FlushToCallerAsync(output, aborted))
                {
                    return ForwarderError.ResponseBodyClient;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async ValueTask<bool> FlushToCallerAsync(PipeWriter output, CancellationToken aborted)
    {
        try
        {
            var flushed = await output.FlushAsync(aborted);
            return !flushed.IsCanceled && !flushed.IsCompleted;
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException)
        {
            return false;
        }
    }

    /// <summary>The backend failed after the caller got headers: reset the caller's stream with the backend's
    /// HTTP/2 error code (CANCEL stays CANCEL), INTERNAL_ERROR otherwise.</summary>
    private ForwarderError UpstreamFailed(HttpContext context, Exception exception, CancellationToken aborted)
    {
        if (aborted.IsCancellationRequested)
        {
            return ForwarderError.RequestCanceled;
        }

        var code = exception is HttpProtocolException { ErrorCode: > 0 and <= 0xd } protocol ? (int)protocol.ErrorCode : 2;
        LogUpstreamReset(logger, context.Request.Path, code);
        context.Features.Get<IHttpResetFeature>()?.Reset(code);
        return ForwarderError.ResponseBodyDestination;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "gRPC pass-through {Path}: the backend is unavailable ({ExceptionType})")]
    private static partial void LogUpstreamUnavailable(ILogger logger, PathString path, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "gRPC pass-through {Path}: the backend reset the call (HTTP/2 error {ErrorCode})")]
    private static partial void LogUpstreamReset(ILogger logger, PathString path, int errorCode);
}
