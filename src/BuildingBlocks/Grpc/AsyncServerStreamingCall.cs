namespace CollectionsPlatform.Grpc;

/// <summary>A client's server-streaming call in flight.</summary>
public sealed class AsyncServerStreamingCall<TResponse>(
    IAsyncStreamReader<TResponse> responseStream,
    Task<Metadata> responseHeadersAsync,
    Func<Status> getStatusFunc,
    Func<Metadata> getTrailersFunc,
    Action disposeAction) : IDisposable
{
    public IAsyncStreamReader<TResponse> ResponseStream { get; } = responseStream;

    public Task<Metadata> ResponseHeadersAsync { get; } = responseHeadersAsync;

    public Status GetStatus() => getStatusFunc();

    public Metadata GetTrailers() => getTrailersFunc();

    public void Dispose() => disposeAction();
}
