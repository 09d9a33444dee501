using System.Buffers;
using CollectionsPlatform.Grpc.Protocol;

namespace CollectionsPlatform.Grpc.Client;

/// <summary>The request stream of a client- or duplex-streaming call: one framed message per write, flushed.</summary>
internal sealed class ClientStreamWriter<TRequest, TResponse>(GrpcCall<TRequest, TResponse> call, StreamingRequestContent content)
    : IClientStreamWriter<TRequest>
    where TRequest : class
    where TResponse : class
{
    private int _writing;
    private volatile bool _completed;

    public Task WriteAsync(TRequest message) => WriteAsync(message, CancellationToken.None);

    public async Task WriteAsync(TRequest message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_completed)
        {
            throw new InvalidOperationException("Can't write the message because the request stream is complete.");
        }

        if (Interlocked.Exchange(ref _writing, 1) == 1)
        {
            throw new InvalidOperationException("Can't write the message because the previous write is in progress.");
        }

        try
        {
            ThrowIfCallFinished();
            var frame = new ArrayBufferWriter<byte>();
            MessageFrameWriter.Write(frame, message, call.Method.RequestMarshaller, gzip: false, call.ChannelOptions.MaxSendMessageSize);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(call.CallToken, cancellationToken);
            var stream = await content.RequestStream.WaitAsync(linked.Token).ConfigureAwait(false);
            await stream.WriteAsync(frame.WrittenMemory, linked.Token).ConfigureAwait(false);
            await stream.FlushAsync(linked.Token).ConfigureAwait(false);
        }
        catch (RpcException exception) when (!call.IsFinished)
        {
            call.Abort(exception.Status);
            throw;
        }
        catch (Exception exception) when (exception is ObjectDisposedException or not (RpcException or InvalidOperationException))
        {
            // A request stream the transport already disposed (the call ended under the write) is a transport failure too.
            if (!call.IsFinished)
            {
                // The request stream failed first: the response (if any) says why.
                await call.ResponseReady.ConfigureAwait(false);
            }

            call.Abort(cancellationToken.IsCancellationRequested ? new Status(StatusCode.Cancelled, "Write canceled by the client.") : GrpcTransportErrors.ToStatus(exception));
            ThrowIfCallFinished();
            throw;
        }
        finally
        {
            Volatile.Write(ref _writing, 0);
        }
    }

    public Task CompleteAsync()
    {
        _completed = true;
        content.Complete();
        return Task.CompletedTask;
    }

    private void ThrowIfCallFinished()
    {
        if (!call.IsFinished)
        {
            return;
        }

        if (call.GetStatus().StatusCode != StatusCode.OK)
        {
            throw call.CreateException();
        }

        throw new InvalidOperationException("Can't write the message because the call is complete.");
    }
}
