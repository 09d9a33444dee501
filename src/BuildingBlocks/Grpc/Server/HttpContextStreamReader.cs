using CollectionsPlatform.Grpc.Protocol;

namespace CollectionsPlatform.Grpc.Server;

/// <summary>Reads the request messages of a streaming call from the request body.</summary>
internal sealed class HttpContextStreamReader<T>(HttpContextServerCallContext context, Marshaller<T> marshaller) : IAsyncStreamReader<T>
    where T : class
{
    private T? _current;
    private bool _completed;

    public T Current => _current ?? throw new InvalidOperationException("MoveNext has not returned true.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (_completed)
        {
            return false;
        }

        using var linked = cancellationToken.CanBeCanceled && cancellationToken != context.CancellationToken
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, context.CancellationToken)
            : null;
        var token = linked?.Token ?? context.CancellationToken;
        var result = await MessageFrameReader.ReadAsync(
            context.GetHttpContext().Request.BodyReader, marshaller, context.Options.MaxReceiveMessageSize, context.RequestEncoding, token).ConfigureAwait(false);
        if (!result.HasMessage)
        {
            _completed = true;
            _current = null;
            return false;
        }

        _current = result.Message;
        return true;
    }
}
