using System.Net;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>The innermost handler of a unit test: records where each request would have gone and answers
/// <paramref name="status"/>.</summary>
internal sealed class RecordingHandler(List<Uri> seen, HttpStatusCode status = HttpStatusCode.OK) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (seen)
        {
            seen.Add(request.RequestUri!);
        }

        return Task.FromResult(new HttpResponseMessage(status));
    }
}
