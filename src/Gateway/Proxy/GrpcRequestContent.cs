using System.IO.Pipelines;
using System.Net;

namespace CollectionsPlatform.Gateway.Proxy;

/// <summary>The caller's request body streamed to the backend as it arrives (client streaming and duplex calls
/// work): each read is written through, and the backend stream is flushed only when the caller has nothing more
/// buffered, so a unary message goes out in one write and a streamed message is never held back.</summary>
internal sealed class GrpcRequestContent(PipeReader body) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var pending = body.ReadAsync(cancellationToken);
        while (true)
        {
            var result = await pending;
            var buffer = result.Buffer;
            foreach (var segment in buffer)
            {
                await stream.WriteAsync(segment, cancellationToken);
            }

            body.AdvanceTo(buffer.End);
            if (result.IsCompleted || result.IsCanceled)
            {
                return;
            }

            pending = body.ReadAsync(cancellationToken);
            if (!pending.IsCompleted)
            {
                await stream.FlushAsync(cancellationToken);
            }
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
