using System.Net;
using System.Threading.Channels;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>A request body the test writes message by message while the response is being read (flushed per message).</summary>
internal sealed class DuplexContent : HttpContent
{
    private readonly Channel<byte[]> messages = Channel.CreateUnbounded<byte[]>();

    public DuplexContent() => Headers.ContentType = new("application/grpc");

    public ValueTask SendAsync(byte[] message) => messages.Writer.WriteAsync(message);

    public void Complete() => messages.Writer.Complete();

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await foreach (var message in messages.Reader.ReadAllAsync(cancellationToken))
        {
            await stream.WriteAsync(message, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
