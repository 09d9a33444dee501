namespace CollectionsPlatform.Grpc;

/// <summary>Options of one client call: headers, deadline and cancellation.</summary>
public readonly struct CallOptions(Metadata? headers = null, DateTime? deadline = null, CancellationToken cancellationToken = default)
{
    public Metadata? Headers { get; } = headers;

    public DateTime? Deadline { get; } = deadline;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public CallOptions WithHeaders(Metadata headers) => new(headers, Deadline, CancellationToken);

    public CallOptions WithDeadline(DateTime deadline) => new(Headers, deadline, CancellationToken);

    public CallOptions WithCancellationToken(CancellationToken cancellationToken) => new(Headers, Deadline, cancellationToken);
}
