namespace CollectionsPlatform.Grpc;

/// <summary>A server-side handler of a client-streaming call.</summary>
public delegate Task<TResponse> ClientStreamingServerMethod<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream, ServerCallContext context)
    where TRequest : class
    where TResponse : class;
