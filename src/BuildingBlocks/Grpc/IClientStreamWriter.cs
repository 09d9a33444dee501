namespace CollectionsPlatform.Grpc;

/// <summary>The request stream of a client- or duplex-streaming call.</summary>
public interface IClientStreamWriter<in T> : IAsyncStreamWriter<T>
{
    /// <summary>Signals that no more requests follow.</summary>
    Task CompleteAsync();
}
