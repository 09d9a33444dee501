using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using CollectionsPlatform.Grpc.Protocol;
using Google.Protobuf;

namespace CollectionsPlatform.Grpc.Tests;

/// <summary>Plain HttpClient HTTP/2 requests with hand-made gRPC frames: the tests see exactly what goes over the wire.</summary>
public sealed class RawGrpcClient(Uri address) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { EnableMultipleHttp2Connections = true })
    {
        BaseAddress = address,
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static byte[] Frame(IMessage message, bool gzip = false)
    {
        var payload = message.ToByteArray();
        return FramePayload(gzip ? GzipCompression.Compress(payload) : payload, gzip);
    }

    public static byte[] FramePayload(byte[] payload, bool compressed = false)
    {
        var frame = new byte[payload.Length + 5];
        frame[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return frame;
    }

    public static HttpRequestMessage Request(string path, HttpContent content, string? contentType = GrpcProtocolConstants.ContentType)
    {
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content, Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
        request.Headers.TE.Add(new TransferCodingWithQualityHeaderValue("trailers"));
        return request;
    }

    public Task<RawGrpcResponse> SendAsync(string path, byte[] body, Action<HttpRequestMessage>? configure = null, string? contentType = GrpcProtocolConstants.ContentType)
    {
        var request = Request(path, new ByteArrayContent(body), contentType);
        configure?.Invoke(request);
        return SendAsync(request);
    }

    public async Task<RawGrpcResponse> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = await response.Content.ReadAsByteArrayAsync();
        return new RawGrpcResponse(response.StatusCode, Flatten(response.Headers, response.Content.Headers), ParseFrames(body), Flatten(response.TrailingHeaders, null));
    }

    public Task<HttpResponseMessage> StartAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    public void Dispose() => _http.Dispose();

    public static List<(bool Compressed, byte[] Payload)> ParseFrames(byte[] body)
    {
        var frames = new List<(bool, byte[])>();
        var offset = 0;
        while (offset + 5 <= body.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(offset + 1));
            frames.Add((body[offset] == 1, body.AsSpan(offset + 5, length).ToArray()));
            offset += 5 + length;
        }

        offset.ShouldBe(body.Length, "the response body must consist of whole frames");
        return frames;
    }

    private static Dictionary<string, string> Flatten(HttpHeaders headers, HttpHeaders? more)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers.Concat(more ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
        {
            result[header.Key] = string.Join(",", header.Value);
        }

        return result;
    }
}
