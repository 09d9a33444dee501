namespace CollectionsPlatform.Grpc;

/// <summary>A call ended with a non-OK status; carries the status and the trailers that came with it.</summary>
public class RpcException : Exception
{
    public RpcException(Status status)
        : this(status, Metadata.Empty, status.ToString())
    {
    }

    public RpcException(Status status, string message)
        : this(status, Metadata.Empty, message)
    {
    }

    public RpcException(Status status, Metadata trailers)
        : this(status, trailers, status.ToString())
    {
    }

    public RpcException(Status status, Metadata trailers, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(trailers);
        Status = status;
        Trailers = trailers;
    }

    /// <summary>The status of the call.</summary>
    public Status Status { get; }

    /// <summary>The status code of the call.</summary>
    public StatusCode StatusCode => Status.StatusCode;

    /// <summary>The trailers (for example grpc-status-details-bin) that came with the status.</summary>
    public Metadata Trailers { get; }
}
