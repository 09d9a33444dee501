namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>Something the AppHost starts, watches and stops: a server, a database or a project.</summary>
public abstract class Resource(string name)
{
    private readonly TaskCompletionSource healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;

    public abstract string Kind { get; }

    public ResourceState State { get; private set; } = ResourceState.Waiting;

    public int Restarts { get; protected set; }

    public virtual int? ProcessId => null;

    public virtual IReadOnlyList<string> Endpoints => [];

    public abstract string LogPath { get; }

    /// <summary>What the last health probe said (e.g. "200 OK", "refused").</summary>
    public string Health { get; protected set; } = "unknown";

    /// <summary>Resources that must be healthy before this one starts.</summary>
    public List<Resource> WaitsFor { get; } = [];

    /// <summary>Completes the first time the resource is healthy.</summary>
    public Task FirstHealthy => healthy.Task;

    internal AppHostContext? ContextOrNull { get; set; }

    internal AppHostContext Context { get => ContextOrNull ?? throw new InvalidOperationException($"{Name} is not part of a running AppHost."); set => ContextOrNull = value; }

    public abstract Task<bool> IsHealthyAsync(CancellationToken cancellationToken);

    internal abstract Task StartAsync(CancellationToken cancellationToken);

    internal abstract Task StopAsync();

    internal void SetState(ResourceState state, string? detail = null)
    {
        if (state == ResourceState.Healthy)
        {
            healthy.TrySetResult();
        }

        if (state != State || detail is not null)
        {
            State = state;
            Context.Reporter.StateChanged(this, detail);
        }
    }

    /// <summary>Polls health once; moves between Healthy and Unhealthy.</summary>
    internal async Task RefreshHealthAsync(CancellationToken cancellationToken)
    {
        if (State is not (ResourceState.Healthy or ResourceState.Unhealthy))
        {
            return;
        }

        var ok = await IsHealthyAsync(cancellationToken);
        SetState(ok ? ResourceState.Healthy : ResourceState.Unhealthy);
    }
}
