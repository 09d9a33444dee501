using System.Buffers;
using System.IO.Pipelines;
using CollectionsPlatform.Grpc.Protocol;

namespace CollectionsPlatform.Grpc.Client;

/// <summary>
/// One client call over HTTP/2: sends the request, reads headers, messages and trailers, and owns the call's
/// single outcome (status + trailers). A deadline or a cancellation aborts the HTTP/2 stream (RST_STREAM).
/// </summary>
internal sealed class GrpcCall<TRequest, TResponse>(GrpcChannel channel, Method<TRequest, TResponse> method, CallOptions options)
    : IDisposable
    where TRequest : class
    where TResponse : class
{
    private static readonly Status DeadlineStatus = new(StatusCode.DeadlineExceeded, "Deadline Exceeded");
    private static readonly Status CancelledStatus = new(StatusCode.Cancelled, "Call canceled by the client.");

    private readonly CancellationTokenSource _callCts = new();
    private readonly TaskCompletionSource<Metadata> _headers = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _sync = new();
    private Task<PipeReader?> _responseReady = Task.FromResult<PipeReader?>(null);
    private CancellationTokenRegistration _cancellation;
    private Timer? _deadlineTimer;
    private HttpResponseMessage? _response;
    private StreamingRequestContent? _requestStream;
    private string? _encoding;
    private Status? _status;
    private Metadata? _trailers;
    private volatile bool _finished;

    public Task<Metadata> ResponseHeadersAsync => _headers.Task;

    public CancellationToken CallToken => _callCts.Token;

    public Method<TRequest, TResponse> Method => method;

    public GrpcChannelOptions ChannelOptions => channel.Options;

    public bool IsFinished => _finished;

    /// <summary>Starts a unary or server-streaming call with its one request.</summary>
    public void Start(TRequest request)
    {
        var body = new ArrayBufferWriter<byte>();
        try
        {
            MessageFrameWriter.Write(body, request, method.RequestMarshaller, gzip: false, channel.Options.MaxSendMessageSize);
        }
        catch (RpcException exception)
        {
            TryFinish(exception.Status, Metadata.Empty);
            return;
        }

        Send(new ReadOnlyMemoryContent(body.WrittenMemory));
    }

    /// <summary>Starts a client- or duplex-streaming call; requests go through the returned content.</summary>
    public StreamingRequestContent StartStreaming()
    {
        _requestStream = new StreamingRequestContent();
        Send(_requestStream);
        return _requestStream;
    }

    /// <summary>Waits for the response headers; null when the call already ended (its status is then set).</summary>
    public Task<PipeReader?> ResponseReady => _responseReady;

    /// <summary>Reads the next message; false at the end of the stream (the trailers are then readable).</summary>
    public async Task<bool> ReadNextAsync(Action<TResponse> onMessage, CancellationToken cancellationToken)
    {
        var reader = await _responseReady.ConfigureAwait(false);
        if (reader is null || IsFinished)
        {
            return false;
        }

        using var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.UnsafeRegister(static state => ((GrpcCall<TRequest, TResponse>)state!).Abort(CancelledStatus), this)
            : default;
        try
        {
            var maxSize = channel.Options.MaxReceiveMessageSize ?? int.MaxValue;
            var result = await MessageFrameReader.ReadAsync(reader, method.ResponseMarshaller, maxSize, _encoding, _callCts.Token).ConfigureAwait(false);
            if (result.HasMessage)
            {
                onMessage(result.Message!);
                return true;
            }

            await reader.CompleteAsync().ConfigureAwait(false);
            return false;
        }
        catch (Exception exception)
        {
            Abort(GrpcTransportErrors.ToStatus(exception));
            await reader.CompleteAsync().ConfigureAwait(false);
            throw CreateException();
        }
    }

    /// <summary>Ends the call with the status in the trailers (or <paramref name="overrideOk"/> when they say OK).</summary>
    public Status FinishFromTrailers(Status? overrideOk = null)
    {
        if (_response is { } response && !IsFinished)
        {
            var status = GrpcResponseStatus.FromTrailers(response);
            if (status.StatusCode == StatusCode.OK && overrideOk is { } replacement)
            {
                status = replacement;
            }

            TryFinish(status, GrpcResponseStatus.ToMetadata(response.TrailingHeaders));
        }

        return _status!.Value;
    }

    /// <summary>Ends the call locally with <paramref name="status"/>, cancelling the HTTP/2 stream.</summary>
    public void Abort(Status status)
    {
        if (TryFinish(status, Metadata.Empty))
        {
            try
            {
                _callCts.Cancel();
            }
            catch (AggregateException)
            {
                // A cancellation callback of the HTTP stack failed; the call is over either way.
            }
        }
    }

    public RpcException CreateException()
    {
        var status = _status ?? throw new InvalidOperationException("The call has not finished.");
        return new RpcException(status, _trailers ?? Metadata.Empty);
    }

    public Status GetStatus() => _status ?? throw new InvalidOperationException("Unable to get the status because the call is not complete.");

    public Metadata GetTrailers() => _trailers ?? throw new InvalidOperationException("Unable to get the trailers because the call is not complete.");

    public void Dispose() => Abort(new Status(StatusCode.Cancelled, "gRPC call disposed."));

    private void Send(HttpContent content)
    {
        TimeSpan? timeout = null;
        if (options.Deadline is { } deadline && deadline != DateTime.MaxValue)
        {
            var remaining = deadline.ToUniversalTime() - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                content.Dispose();
                TryFinish(DeadlineStatus, Metadata.Empty);
                return;
            }

            timeout = remaining;
            if (remaining < TimeSpan.FromDays(49))
            {
                _deadlineTimer = new Timer(static state => ((GrpcCall<TRequest, TResponse>)state!).Abort(DeadlineStatus), this, remaining, Timeout.InfiniteTimeSpan);
            }
        }

        if (options.CancellationToken.CanBeCanceled)
        {
            _cancellation = options.CancellationToken.UnsafeRegister(static state => ((GrpcCall<TRequest, TResponse>)state!).Abort(CancelledStatus), this);
        }

        var request = GrpcRequestFactory.Create(channel, method, options, timeout, content);
        _responseReady = SendAsync(request);
    }

    private async Task<PipeReader?> SendAsync(HttpRequestMessage request)
    {
        try
        {
            var response = await channel.SendAsync(request, _callCts.Token).ConfigureAwait(false);
            lock (_sync)
            {
                _response = response;
            }

            if (IsFinished)
            {
                response.Dispose();
                return null;
            }

            var headers = GrpcResponseStatus.ToMetadata(response.Headers);
            if (GrpcResponseStatus.FromHeaders(response) is { } earlyStatus)
            {
                _headers.TrySetResult(headers);
                TryFinish(earlyStatus, headers);
                return null;
            }

            _encoding = GrpcResponseStatus.GetValue(response.Headers, GrpcProtocolConstants.MessageEncodingHeader);
            var stream = await response.Content.ReadAsStreamAsync(_callCts.Token).ConfigureAwait(false);
            _headers.TrySetResult(headers);
            return PipeReader.Create(stream);
        }
        catch (Exception exception)
        {
            Abort(GrpcTransportErrors.ToStatus(exception));
            return null;
        }
    }

    private bool TryFinish(Status status, Metadata trailers)
    {
        HttpResponseMessage? response;
        lock (_sync)
        {
            if (_status is not null)
            {
                return false;
            }

            _trailers = trailers;
            _status = status;
            _finished = true;
            response = _response;
        }

        if (_headers.TrySetException(new RpcException(status, trailers)))
        {
            _ = _headers.Task.Exception;
        }

        _deadlineTimer?.Dispose();
        _cancellation.Unregister();
        _requestStream?.Complete();
        response?.Dispose();
        return true;
    }
}
