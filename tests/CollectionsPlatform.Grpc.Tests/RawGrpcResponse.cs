using System.Net;
using CollectionsPlatform.Grpc.Protocol;
using Google.Protobuf;

namespace CollectionsPlatform.Grpc.Tests;

/// <summary>A response as it came over the wire: HTTP status, headers, frames and trailers.</summary>
public sealed record RawGrpcResponse(HttpStatusCode HttpStatus, Dictionary<string, string> Headers, List<(bool Compressed, byte[] Payload)> Messages, Dictionary<string, string> Trailers)
{
    /// <summary>True when grpc-status came in the response headers (a trailers-only response).</summary>
    public bool TrailersOnly => Headers.ContainsKey(GrpcProtocolConstants.StatusTrailer);

    public StatusCode? GrpcStatus =>
        (Trailers.GetValueOrDefault(GrpcProtocolConstants.StatusTrailer) ?? Headers.GetValueOrDefault(GrpcProtocolConstants.StatusTrailer)) is { } value
            ? (StatusCode)int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public string? GrpcMessage => Trailers.GetValueOrDefault(GrpcProtocolConstants.MessageTrailer) ?? Headers.GetValueOrDefault(GrpcProtocolConstants.MessageTrailer);

    /// <summary>A trailer, or the same header of a trailers-only response.</summary>
    public string? Trailer(string name) => Trailers.GetValueOrDefault(name) ?? Headers.GetValueOrDefault(name);

    public T Message<T>(int index, MessageParser<T> parser)
        where T : IMessage<T> => parser.ParseFrom(Messages[index].Payload);
}
