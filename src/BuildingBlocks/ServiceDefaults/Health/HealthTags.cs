namespace CollectionsPlatform.ServiceDefaults.Health;

/// <summary>Tags that decide which endpoint reports a health check.</summary>
public static class HealthTags
{
    /// <summary>Reported by /health: the service can do its work (database, Redis, bus).</summary>
    public const string Ready = "ready";

    /// <summary>Reported by /alive and /health: the process is up.</summary>
    public const string Live = "live";
}
