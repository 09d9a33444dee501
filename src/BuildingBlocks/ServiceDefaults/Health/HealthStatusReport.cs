using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.ServiceDefaults.Health;

/// <summary>The JSON body of /health and /alive.</summary>
public sealed record HealthStatusReport(string Status, double TotalDurationMs, IReadOnlyList<HealthCheckEntry> Checks)
{
    /// <summary>Projects a <see cref="HealthReport"/> without exceptions or data.</summary>
    public static HealthStatusReport From(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var checks = report.Entries
            .Select(e => new HealthCheckEntry(e.Key, e.Value.Status.ToString(), e.Value.Description, Math.Round(e.Value.Duration.TotalMilliseconds, 1)))
            .ToList();
        return new HealthStatusReport(report.Status.ToString(), Math.Round(report.TotalDuration.TotalMilliseconds, 1), checks);
    }
}
