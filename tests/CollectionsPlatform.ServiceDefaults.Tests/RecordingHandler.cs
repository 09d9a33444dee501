using System.Net;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>The innermost handler of a unit test: records where each request would have gone.</summary>
internal sealed class RecordingHandler(List<Uri> seen) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        seen.Add(request.RequestUri!);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
    }
}
