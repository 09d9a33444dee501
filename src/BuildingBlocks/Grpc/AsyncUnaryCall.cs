using System.Runtime.CompilerServices;

namespace CollectionsPlatform.Grpc;

/// <summary>A client's unary call in flight: await it for the response.</summary>
public sealed class AsyncUnaryCall<TResponse>(
    Task<TResponse> responseAsync,
    Task<Metadata> responseHeadersAsync,
    Func<Status> getStatusFunc,
    Func<Metadata> getTrailersFunc,
    Action disposeAction) : IDisposable
{
    public Task<TResponse> ResponseAsync { get; } = responseAsync;

    public Task<Metadata> ResponseHeadersAsync { get; } = responseHeadersAsync;

    public TaskAwaiter<TResponse> GetAwaiter() => ResponseAsync.GetAwaiter();

    public ConfiguredTaskAwaitable<TResponse> ConfigureAwait(bool continueOnCapturedContext) =>
        ResponseAsync.ConfigureAwait(continueOnCapturedContext);

    /// <summary>The call's status; only once the call has finished.</summary>
    public Status GetStatus() => getStatusFunc();

    /// <summary>The call's trailers; only once the call has finished.</summary>
    public Metadata GetTrailers() => getTrailersFunc();

    /// <summary>Cancels the call if it is still running and releases its resources.</summary>
    public void Dispose() => disposeAction();
}
