namespace CollectionsPlatform.ServiceDefaults.Health;

/// <summary>One check in a health report: "Healthy", "Degraded" or "Unhealthy".</summary>
public sealed record HealthCheckEntry(string Name, string Status, string? Description, double DurationMs);
