namespace CollectionsPlatform.Grpc.Protocol;

/// <summary>The outcome of reading one message: whether there was one, and the message.</summary>
public readonly record struct ReadResult<T>(bool HasMessage, T? Message);
