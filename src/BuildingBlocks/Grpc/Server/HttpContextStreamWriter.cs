using CollectionsPlatform.Grpc.Protocol;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Writes response messages to the response body; one write at a time, none after the call ended.</summary>
internal sealed class HttpContextStreamWriter<T>(HttpContextServerCallContext context, Marshaller<T> marshaller) : IServerStreamWriter<T>
    where T : class
{
    private bool _writing;

    public bool Completed { get; set; }

    public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

    public async Task WriteAsync(T message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (Completed)
        {
            throw new InvalidOperationException("Cannot write a message after the call has ended.");
        }

        if (_writing)
        {
            throw new InvalidOperationException("Cannot write a message while a previous write is in progress.");
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        _writing = true;
        try
        {
            await ResponseWriter.WriteMessageAsync(context, message, marshaller, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writing = false;
        }
    }
}
