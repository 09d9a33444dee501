using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>
/// PostgreSQL, Redis or RabbitMQ started from the machine's binaries by the Orchestration launchers.
/// A server whose process dies is started again on the same port and state (with backoff), and says so.
/// </summary>
public abstract class ServerResource(string name) : Resource(name)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);
    private IInfrastructureServer? server;
    private Task supervision = Task.CompletedTask;

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
        supervision = SuperviseAsync(server);
    }

    internal override async Task StopAsync()
    {
        if (server is not null)
        {
            SetState(ResourceState.Stopping);
            await supervision;
            await server.StopAsync();
            SetState(ResourceState.Stopped);
        }
    }

    protected abstract IInfrastructureServer Create(ServerOptions options);

    /// <summary>Restarts the server when its process is gone: 1 s, 2 s, 4 s … 30 s between failed attempts.</summary>
    private async Task SuperviseAsync(IInfrastructureServer watched)
    {
        var stopping = Context.Stopping;
        try
        {
            using var timer = new PeriodicTimer(CheckEvery);
            var failures = 0;
            while (await timer.WaitForNextTickAsync(stopping))
            {
                if (watched.ProcessId is not null)
                {
                    continue;
                }

                Restarts++;
                SetState(ResourceState.Restarting, $"process exited; restart #{Restarts}");
                try
                {
                    await watched.StartAsync(stopping);
                    failures = 0;
                    Health = "probe answered";
                    SetState(ResourceState.Healthy, $"restarted on {watched.Endpoint}");
                }
                catch (ServerStartException e)
                {
                    failures++;
                    SetState(ResourceState.Failed, e.Message.Split('\n')[0]);
                    await Task.Delay(RestartBackoff.Before(failures), stopping);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // the AppHost is stopping
        }
    }
}
