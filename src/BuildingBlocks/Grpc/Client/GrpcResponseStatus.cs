using System.Net;
using System.Net.Http.Headers;
using CollectionsPlatform.Grpc.Protocol;

namespace CollectionsPlatform.Grpc.Client;

/// <summary>Reads a call's status and metadata from the HTTP response (headers, trailers, HTTP status).</summary>
internal static class GrpcResponseStatus
{
    /// <summary>
    /// The status of a response that carries no messages: a trailers-only response (grpc-status in the headers),
    /// an HTTP error, or a reply that is not gRPC. Null when messages and trailers follow.
    /// </summary>
    public static Status? FromHeaders(HttpResponseMessage response)
    {
        var grpcStatus = GetValue(response.Headers, GrpcProtocolConstants.StatusTrailer);
        if (grpcStatus is not null)
        {
            return MetadataEncoding.ParseStatus(grpcStatus, GetValue(response.Headers, GrpcProtocolConstants.MessageTrailer));
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return new Status(FromHttpStatus(response.StatusCode), $"Bad gRPC response. HTTP status code: {(int)response.StatusCode}.");
        }

        var contentType = GetValue(response.Content.Headers, "Content-Type");
        return GrpcProtocolConstants.IsGrpcContentType(contentType)
            ? null
            : new Status(StatusCode.Internal, $"Bad gRPC response. Invalid content-type value: {contentType}.");
    }

    /// <summary>The status in the trailers that ended the response stream.</summary>
    public static Status FromTrailers(HttpResponseMessage response) =>
        MetadataEncoding.ParseStatus(
            GetValue(response.TrailingHeaders, GrpcProtocolConstants.StatusTrailer),
            GetValue(response.TrailingHeaders, GrpcProtocolConstants.MessageTrailer));

    /// <summary>The metadata in a header block (reserved headers left out, "-bin" values decoded).</summary>
    public static Metadata ToMetadata(HttpHeaders headers)
    {
        var metadata = new Metadata();
        foreach (var (name, values) in headers.NonValidated)
        {
            foreach (var value in values)
            {
                try
                {
                    MetadataEncoding.AddHeader(metadata, name, value);
                }
                catch (Exception exception) when (exception is ArgumentException or FormatException)
                {
                    // A header that is not valid gRPC metadata (odd name, bad base64) is not surfaced.
                }
            }
        }

        return metadata;
    }

    public static string? GetValue(HttpHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values) && values.Count > 0 ? values.ToString() : null;

    /// <summary>The gRPC spec's mapping of HTTP status codes of non-gRPC replies.</summary>
    private static StatusCode FromHttpStatus(HttpStatusCode code) => code switch
    {
        HttpStatusCode.BadRequest => StatusCode.Internal,
        HttpStatusCode.Unauthorized => StatusCode.Unauthenticated,
        HttpStatusCode.Forbidden => StatusCode.PermissionDenied,
        HttpStatusCode.NotFound => StatusCode.Unimplemented,
        HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
