using System.Runtime.CompilerServices;

namespace CollectionsPlatform.Grpc;

/// <summary>A client's client-streaming call in flight: write requests, complete, await the response.</summary>
public sealed class AsyncClientStreamingCall<TRequest, TResponse>(
    IClientStreamWriter<TRequest> requestStream,
    Task<TResponse> responseAsync,
    Task<Metadata> responseHeadersAsync,
    Func<Status> getStatusFunc,
    Func<Metadata> getTrailersFunc,
    Action disposeAction) : IDisposable
{
    public IClientStreamWriter<TRequest> RequestStream { get; } = requestStream;

    public Task<TResponse> ResponseAsync { get; } = responseAsync;

    public Task<Metadata> ResponseHeadersAsync { get; } = responseHeadersAsync;

    public TaskAwaiter<TResponse> GetAwaiter() => ResponseAsync.GetAwaiter();

    public Status GetStatus() => getStatusFunc();

    public Metadata GetTrailers() => getTrailersFunc();

    public void Dispose() => disposeAction();
}
