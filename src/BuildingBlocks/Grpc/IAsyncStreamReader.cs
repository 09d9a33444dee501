namespace CollectionsPlatform.Grpc;

/// <summary>Reads a stream of messages; <see cref="Current"/> is valid after MoveNext returned true.</summary>
public interface IAsyncStreamReader<out T>
{
    T Current { get; }

    Task<bool> MoveNext(CancellationToken cancellationToken);
}
