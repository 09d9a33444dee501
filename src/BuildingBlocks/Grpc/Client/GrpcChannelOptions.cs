namespace CollectionsPlatform.Grpc;

/// <summary>Options of a <see cref="GrpcChannel"/> (a subset of grpc-dotnet's GrpcChannelOptions).</summary>
public sealed class GrpcChannelOptions
{
    /// <summary>The default limit of a received message: 4 MiB, as in every gRPC implementation.</summary>
    public const int DefaultMaxReceiveMessageSize = 4 * 1024 * 1024;

    /// <summary>An HttpClient to send calls with (for example one from IHttpClientFactory). Its Timeout should be infinite.</summary>
    public HttpClient? HttpClient { get; set; }

    /// <summary>A handler to send calls with, when <see cref="HttpClient"/> is not set. Default: <see cref="GrpcChannel.CreateDefaultHandler"/>.</summary>
    public HttpMessageHandler? HttpHandler { get; set; }

    /// <summary>Whether disposing the channel disposes <see cref="HttpClient"/> / <see cref="HttpHandler"/>. The default handler is always disposed.</summary>
    public bool DisposeHttpClient { get; set; }

    /// <summary>Largest message accepted from the server (after decompression); larger ones fail the call with RESOURCE_EXHAUSTED. Null: no limit.</summary>
    public int? MaxReceiveMessageSize { get; set; } = DefaultMaxReceiveMessageSize;

    /// <summary>Largest message the client sends; larger ones fail the call with RESOURCE_EXHAUSTED. Null: no limit.</summary>
    public int? MaxSendMessageSize { get; set; }

    /// <summary>
    /// Maps the logical address of each call (for example <c>http://_grpc.cases/pkg.Service/Method</c>) to a
    /// reachable one; the host plugs in its service discovery here. Null: the address is used as it is.
    /// </summary>
    public Func<Uri, Uri>? AddressResolver { get; set; }
}
