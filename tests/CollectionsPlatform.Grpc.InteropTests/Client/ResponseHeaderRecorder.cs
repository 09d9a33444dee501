using System.Collections.Concurrent;

namespace CollectionsPlatform.Grpc.InteropTests.Client;

/// <summary>A handler under the channel that records the raw HTTP response headers of each call.</summary>
public sealed class ResponseHeaderRecorder() : DelegatingHandler(new SocketsHttpHandler())
{
    public ConcurrentQueue<HttpResponseMessage> Responses { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        Responses.Enqueue(response);
        return response;
    }

    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) ? values.ToString() : null;
}
