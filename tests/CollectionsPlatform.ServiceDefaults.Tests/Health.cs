using System.Net;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>A health endpoint as a probe sees it: the status code.</summary>
internal static class Health
{
    public static async Task<HttpStatusCode> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return response.StatusCode;
    }

    /// <summary>Polls <paramref name="path"/> until it answers <paramref name="expected"/> (a host not listening yet counts as
    /// not answering); fails after <paramref name="within"/>, a minute unless given.</summary>
    public static async Task WaitForAsync(HttpClient client, string path, HttpStatusCode expected, CancellationToken cancellationToken, TimeSpan? within = null)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(within ?? TimeSpan.FromMinutes(1));
        while (true)
        {
            try
            {
                if (await GetAsync(client, path, deadline.Token) == expected)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200, deadline.Token);
        }
    }
}
