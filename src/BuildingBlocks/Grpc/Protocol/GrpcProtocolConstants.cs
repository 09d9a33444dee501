namespace CollectionsPlatform.Grpc.Protocol;

/// <summary>Names and limits of the gRPC over HTTP/2 protocol.</summary>
public static class GrpcProtocolConstants
{
    public const string ContentType = "application/grpc";
    public const string ProtoContentType = "application/grpc+proto";
    public const string TimeoutHeader = "grpc-timeout";
    public const string MessageEncodingHeader = "grpc-encoding";
    public const string MessageAcceptEncodingHeader = "grpc-accept-encoding";
    public const string StatusTrailer = "grpc-status";
    public const string MessageTrailer = "grpc-message";
    public const string StatusDetailsTrailer = "grpc-status-details-bin";
    public const string TeHeader = "te";
    public const string TeTrailers = "trailers";
    public const string UserAgentHeader = "user-agent";
    public const string IdentityEncoding = "identity";
    public const string GzipEncoding = "gzip";

    /// <summary>The encodings this runtime reads and writes, as sent in grpc-accept-encoding.</summary>
    public const string SupportedEncodings = "identity,gzip";

    /// <summary>Compressed flag (1 byte) plus big-endian length (4 bytes).</summary>
    public const int MessageHeaderSize = 5;

    /// <summary>The default largest message a peer accepts: 4 MiB.</summary>
    public const int DefaultMaxReceiveMessageSize = 4 * 1024 * 1024;

    /// <summary>True when the content type is application/grpc, optionally with a +suffix or parameters.</summary>
    public static bool IsGrpcContentType(string? contentType)
    {
        if (contentType is null || !contentType.StartsWith(ContentType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (contentType.Length == ContentType.Length)
        {
            return true;
        }

        var next = contentType[ContentType.Length];
        return next is '+' or ';';
    }

    /// <summary>True for encodings this runtime can decode (identity and gzip).</summary>
    public static bool IsSupportedEncoding(string? encoding) =>
        encoding is null
        || string.Equals(encoding, IdentityEncoding, StringComparison.OrdinalIgnoreCase)
        || string.Equals(encoding, GzipEncoding, StringComparison.OrdinalIgnoreCase);
}
