namespace CollectionsPlatform.Grpc;

/// <summary>The response stream of a server- or duplex-streaming call.</summary>
public interface IServerStreamWriter<in T> : IAsyncStreamWriter<T>;
