using System.Net;
using CollectionsPlatform.Grpc.Protocol;

namespace CollectionsPlatform.Grpc.Client;

/// <summary>Builds the HTTP/2 request of a call: POST to the method path, gRPC headers, deadline and metadata.</summary>
internal static class GrpcRequestFactory
{
    private const string UserAgent = "grpc-csharp-collectionsplatform/1.0";

    public static HttpRequestMessage Create(GrpcChannel channel, IMethod method, CallOptions options, TimeSpan? timeout, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, channel.GetMethodUri(method))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = content,
        };
        content.Headers.TryAddWithoutValidation("Content-Type", GrpcProtocolConstants.ContentType);
        var headers = request.Headers;
        headers.TryAddWithoutValidation(GrpcProtocolConstants.TeHeader, GrpcProtocolConstants.TeTrailers);
        headers.TryAddWithoutValidation(GrpcProtocolConstants.MessageAcceptEncodingHeader, GrpcProtocolConstants.SupportedEncodings);
        headers.TryAddWithoutValidation(GrpcProtocolConstants.UserAgentHeader, UserAgent);
        if (timeout is { } remaining)
        {
            headers.TryAddWithoutValidation(GrpcProtocolConstants.TimeoutHeader, GrpcTimeout.Format(remaining));
        }

        foreach (var entry in options.Headers ?? Metadata.Empty)
        {
            if (!MetadataEncoding.IsReservedHeader(entry.Key))
            {
                headers.TryAddWithoutValidation(entry.Key, MetadataEncoding.ToHeaderValue(entry));
            }
        }

        return request;
    }
}
