using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>Copies each resource's console log (across its restarts) to <c>&lt;folder&gt;/&lt;resource&gt;.log</c>, so a
/// failed run can be traced to what a service said; the folder outlives the run's state folder.</summary>
public static class ServiceLogs
{
    public static void Record(DistributedApplication app, IEnumerable<string> resources, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var logger = app.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var resource in resources)
        {
            // the logger knows a resource by its instance id (e.g. cases-abcdefgh), which a restart keeps
            var id = app.ResourceNotifications.TryGetCurrentState(resource, out var current) ? current.ResourceId : resource;
            _ = Task.Run(() => CopyAsync(logger, id, Path.Combine(folder, resource + ".log"), cancellationToken), cancellationToken);
        }
    }

    private static async Task CopyAsync(ResourceLoggerService logger, string resource, string path, CancellationToken cancellationToken)
    {
        await using var file = new StreamWriter(path, append: true) { AutoFlush = true };
        try
        {
            await foreach (var batch in logger.WatchAsync(resource).WithCancellation(cancellationToken))
            {
                foreach (var line in batch)
                {
                    await file.WriteLineAsync(line.Content);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }
}
