using System.Security.Claims;
using CollectionsPlatform.Grpc.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>The call context of one HTTP/2 request.</summary>
internal sealed class HttpContextServerCallContext : ServerCallContext, IDisposable
{
    private readonly HttpContext _httpContext;
    private readonly CancellationTokenSource? _deadlineSource;
    private Metadata? _requestHeaders;
    private Metadata? _responseTrailers;
    private bool _headersWritten;

    public HttpContextServerCallContext(HttpContext httpContext, string method, GrpcServiceOptions options, TimeSpan? timeout, string? requestEncoding, bool gzipResponses)
    {
        _httpContext = httpContext;
        Method = method;
        Options = options;
        RequestEncoding = requestEncoding;
        GzipResponses = gzipResponses;
        Status = Status.DefaultSuccess;
        if (timeout is { } value)
        {
            Deadline = DateTime.UtcNow + value;
            _deadlineSource = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
            _deadlineSource.CancelAfter(value > TimeSpan.Zero ? value : TimeSpan.Zero);
            CancellationToken = _deadlineSource.Token;
        }
        else
        {
            Deadline = DateTime.MaxValue;
            CancellationToken = httpContext.RequestAborted;
        }
    }

    public override string Method { get; }

    public override string Host => _httpContext.Request.Host.Value ?? string.Empty;

    public override string Peer
    {
        get
        {
            var connection = _httpContext.Connection;
            return connection.RemoteIpAddress switch
            {
                null => "unknown",
                { AddressFamily: System.Net.Sockets.AddressFamily.InterNetworkV6 } ip => $"ipv6:[{ip}]:{connection.RemotePort}",
                var ip => $"ipv4:{ip}:{connection.RemotePort}",
            };
        }
    }

    public override DateTime Deadline { get; }

    public override Metadata RequestHeaders => _requestHeaders ??= ReadRequestHeaders();

    public override Metadata ResponseTrailers => _responseTrailers ??= [];

    public override Status Status { get; set; }

    public override CancellationToken CancellationToken { get; }

    public override ClaimsPrincipal User => _httpContext.User;

    public GrpcServiceOptions Options { get; }

    public string? RequestEncoding { get; }

    public bool GzipResponses { get; }

    /// <summary>True once the deadline passed (and the caller did not cancel first).</summary>
    public bool DeadlineExceeded => _deadlineSource is { IsCancellationRequested: true } && !_httpContext.RequestAborted.IsCancellationRequested;

    /// <summary>True once a response message went into the body (it may still be unflushed).</summary>
    public bool ResponseMessageWritten { get; set; }

    public override HttpContext GetHttpContext() => _httpContext;

    public override async Task WriteResponseHeadersAsync(Metadata responseHeaders)
    {
        ArgumentNullException.ThrowIfNull(responseHeaders);
        if (_headersWritten || _httpContext.Response.HasStarted)
        {
            throw new InvalidOperationException("Response headers can only be sent once per call.");
        }

        foreach (var entry in responseHeaders)
        {
            if (!MetadataEncoding.IsReservedHeader(entry.Key))
            {
                _httpContext.Response.Headers.Append(entry.Key, MetadataEncoding.ToHeaderValue(entry));
            }
        }

        _headersWritten = true;
        await _httpContext.Response.BodyWriter.FlushAsync(CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the status: as trailers after a started response, else as a trailers-only response.</summary>
    public void WriteStatus(Status status, Metadata? extraTrailers)
    {
        var response = _httpContext.Response;
        var trailersOnly = !response.HasStarted && !ResponseMessageWritten;
        var trailersFeature = _httpContext.Features.Get<IHttpResponseTrailersFeature>();
        var target = trailersOnly || trailersFeature is null ? response.Headers : trailersFeature.Trailers;
        target[GrpcProtocolConstants.StatusTrailer] = ((int)status.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(status.Detail))
        {
            target[GrpcProtocolConstants.MessageTrailer] = PercentEncoding.Encode(status.Detail);
        }

        AppendAll(target, _responseTrailers);
        AppendAll(target, extraTrailers);
    }

    public void Dispose() => _deadlineSource?.Dispose();

    private static void AppendAll(IHeaderDictionary target, Metadata? metadata)
    {
        if (metadata is null)
        {
            return;
        }

        foreach (var entry in metadata)
        {
            if (!MetadataEncoding.IsReservedHeader(entry.Key))
            {
                target.Append(entry.Key, MetadataEncoding.ToHeaderValue(entry));
            }
        }
    }

    private Metadata ReadRequestHeaders()
    {
        var metadata = new Metadata();
        foreach (var header in _httpContext.Request.Headers)
        {
            foreach (var value in header.Value)
            {
                if (value is not null)
                {
                    MetadataEncoding.AddHeader(metadata, header.Key, value);
                }
            }
        }

        return metadata;
    }
}
