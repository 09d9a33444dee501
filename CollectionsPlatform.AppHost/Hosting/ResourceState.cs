namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>The life of a resource as the console and the resources page show it.</summary>
public enum ResourceState
{
    Waiting,
    Starting,
    Healthy,
    Unhealthy,
    Restarting,
    Failed,
    Stopping,
    Stopped,
}
