namespace CollectionsPlatform.Grpc.Client;

/// <summary>The response stream of a server- or duplex-streaming call.</summary>
internal sealed class ResponseStreamReader<TRequest, TResponse>(GrpcCall<TRequest, TResponse> call) : IAsyncStreamReader<TResponse>
    where TRequest : class
    where TResponse : class
{
    private int _reading;
    private TResponse? _current;

    public TResponse Current => _current ?? throw new InvalidOperationException("No current message: call MoveNext first.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _reading, 1) == 1)
        {
            throw new InvalidOperationException("Can't read the next message because the previous read is still in progress.");
        }

        try
        {
            if (await call.ReadNextAsync(message => _current = message, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            _current = null;
            return call.FinishFromTrailers().StatusCode == StatusCode.OK ? false : throw call.CreateException();
        }
        finally
        {
            Volatile.Write(ref _reading, 0);
        }
    }
}
