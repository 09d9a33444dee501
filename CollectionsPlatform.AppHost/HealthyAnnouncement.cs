using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.AppHost;

/// <summary>
/// Console lines for a terminal (and scripts/measure-startup.py) that does not watch the dashboard: each resource when it
/// first turns healthy, "all N resources healthy in S s" (S counted from the AppHost process start) once every long-running one is, and any that later stops being
/// healthy. One-shot resources (initdb, the demo seeder) and hidden ones (the dashboard) do not count.
/// </summary>
internal sealed partial class HealthyAnnouncement(ResourceNotificationService notifications, DistributedApplicationModel model, ILogger<HealthyAnnouncement> logger)
    : BackgroundService
{
    private static readonly string[] OneShots = ["postgres-init", "demo-seeder"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // seconds since the AppHost process started: this service starts only after DCP is up
        var started = Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var pending = model.Resources.Select(r => r.Name).Except(OneShots).ToHashSet();
        var healthy = new HashSet<string>();
        var announced = false;
        await foreach (var change in notifications.WatchAsync(stoppingToken))
        {
            var name = change.Resource.Name;
            if (change.Snapshot.IsHidden)
            {
                pending.Remove(name);
                continue;
            }

            var checkedHealth = change.Resource.TryGetAnnotationsOfType<HealthCheckAnnotation>(out _);
            if (change.Snapshot.State?.Text == KnownResourceStates.Running
                && (change.Snapshot.HealthStatus == HealthStatus.Healthy || (!checkedHealth && change.Snapshot.HealthStatus is null)))
            {
                if (healthy.Add(name) && pending.Remove(name))
                {
                    ResourceHealthy(name, (DateTime.UtcNow - started).TotalSeconds);
                }
            }
            else if (healthy.Remove(name) && announced && !OneShots.Contains(name))
            {
                ResourceUnhealthy(name, change.Snapshot.State?.Text, change.Snapshot.HealthStatus);
            }

            if (!announced && pending.Count == 0)
            {
                announced = true;
                AllHealthy(healthy.Count, (DateTime.UtcNow - started).TotalSeconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Resource} healthy after {Seconds:0.0} s")]
    private partial void ResourceHealthy(string resource, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "all {Count} resources healthy in {Seconds:0.0} s")]
    private partial void AllHealthy(int count, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Resource} is {State} ({Health})")]
    private partial void ResourceUnhealthy(string resource, string? state, HealthStatus? health);
}
