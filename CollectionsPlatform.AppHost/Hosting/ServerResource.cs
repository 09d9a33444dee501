using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>PostgreSQL, Redis or RabbitMQ started from the machine's binaries by the Orchestration launchers.</summary>
public abstract class ServerResource(string name) : Resource(name)
{
    private IInfrastructureServer? server;

    public override int? ProcessId => server?.ProcessId;

    public override IReadOnlyList<string> Endpoints => server is { Port: > 0 } ? [server.Endpoint] : [];

    public override string LogPath => server?.LogPath ?? Context.LogFile(Name);

    protected IInfrastructureServer Server => server ?? throw new InvalidOperationException($"{Name} has not started.");

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var ok = server is not null && await server.IsHealthyAsync(cancellationToken);
        Health = ok ? "probe answered" : "no answer";
        return ok;
    }

    internal override async Task StartAsync(CancellationToken cancellationToken)
    {
        SetState(ResourceState.Starting);
        server = Create(new ServerOptions(Context.StateFolder(Name)) { Output = line => Context.Reporter.Line(Name, line) });
        await server.StartAsync(cancellationToken);
        Health = "probe answered";
        SetState(ResourceState.Healthy);
    }

    internal override async Task StopAsync()
    {
        if (server is not null)
        {
            SetState(ResourceState.Stopping);
            await server.StopAsync();
            SetState(ResourceState.Stopped);
        }
    }

    protected abstract IInfrastructureServer Create(ServerOptions options);
}
