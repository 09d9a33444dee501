namespace CollectionsPlatform.Grpc.Server;

/// <summary>Server options, set through AddGrpc(options => ...).</summary>
public sealed class GrpcServiceOptions
{
    /// <summary>The largest request message accepted (default 4 MiB); larger ones end the call with RESOURCE_EXHAUSTED.</summary>
    public int MaxReceiveMessageSize { get; set; } = Protocol.GrpcProtocolConstants.DefaultMaxReceiveMessageSize;

    /// <summary>The largest response message sent (default unlimited).</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>"gzip" to compress responses for callers that accept it; null sends identity.</summary>
    public string? ResponseCompressionAlgorithm { get; set; }

    /// <summary>When true, the text of unexpected exceptions goes into grpc-message (never in production: it may leak data).</summary>
    public bool EnableDetailedErrors { get; set; }

    /// <summary>Interceptors run around every handler, first added outermost.</summary>
    public InterceptorCollection Interceptors { get; } = [];
}
