using System.Net;
using System.Net.Http.Json;
using CollectionsPlatform.ServiceDefaults.Health;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>A health endpoint's answer as a client sees it.</summary>
internal sealed record HealthBody(HttpStatusCode StatusCode, HealthStatusReport Report)
{
    public static async Task<HealthBody> GetAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var report = await response.Content.ReadFromJsonAsync<HealthStatusReport>(cancellationToken);
        return new HealthBody(response.StatusCode, report!);
    }

    public string StatusOf(string check) => Report.Checks.Single(c => c.Name == check).Status;

    /// <summary>Polls <paramref name="path"/> until it answers <paramref name="expected"/>; fails after a minute.</summary>
    public static async Task<HealthBody> WaitForAsync(HttpClient client, string path, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(1));
        while (true)
        {
            var body = await GetAsync(client, path, deadline.Token);
            if (body.StatusCode == expected)
            {
                return body;
            }

            await Task.Delay(200, deadline.Token);
        }
    }
}
