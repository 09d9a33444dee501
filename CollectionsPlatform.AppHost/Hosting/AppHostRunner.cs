using System.Diagnostics;
using System.Runtime.InteropServices;
using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>Starts the declared resources in dependency order (by health), watches them, and stops everything it started.</summary>
public sealed class AppHostRunner : IAsyncDisposable
{
    private readonly AppHostOptions options;
    private readonly ConsoleReporter reporter;
    private readonly CancellationTokenSource stopping = new();
    private readonly ResourcesPage page;
    private readonly List<Task> starts = [];
    private Task monitor = Task.CompletedTask;
    private bool stopped;

    internal AppHostRunner(AppHostOptions options, IReadOnlyList<Resource> resources)
    {
        this.options = options;
        Resources = resources;
        reporter = new ConsoleReporter(options.Console);
        page = new ResourcesPage(resources);
    }

    public IReadOnlyList<Resource> Resources { get; }

    /// <summary>The resources page, once started.</summary>
    public string? DashboardUrl => page.Url;

    public Resource this[string name] => Resources.Single(r => r.Name == name);

    /// <summary>Starts everything; returns when all resources are healthy. A failing start stops everything and throws.</summary>
    public async Task StartAsync(TimeSpan? healthyWithin = null, CancellationToken cancellationToken = default)
    {
        await PrepareStateAsync();
        var context = new AppHostContext(options, reporter, stopping.Token);
        var taken = new HashSet<int>();
        foreach (var resource in Resources)
        {
            resource.Context = context;
            if (resource is ProjectResource project)
            {
                ProjectPorts.Assign(project, context.StateFolder(project.Name), taken);
            }
        }

        if (options.DashboardPort > 0)
        {
            await page.StartAsync(PortAllocator.Choose(options.DashboardPort), cancellationToken);
            reporter.Announce($"resources page: {page.Url}  (JSON: {page.Url}/api/resources)");
        }

        starts.AddRange(Resources.Select(StartWhenReadyAsync));
        monitor = MonitorAsync();
        await WaitUntilHealthyAsync(healthyWithin, cancellationToken);
    }

    public async Task StopAsync()
    {
        if (stopped || Resources.Any(r => r.ContextOrNull is null))
        {
            return;
        }

        stopped = true;
        await stopping.CancelAsync();
        foreach (var project in Resources.OfType<ProjectResource>().Reverse())
        {
            await project.StopAsync();
        }

        await Task.WhenAll(Resources.Where(r => r is not ProjectResource).Select(r => r.StopAsync()));
        await ProcessTable.KillUnderAsync(options.StateDirectory);
        await Task.WhenAll(starts.Append(monitor).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
        await page.DisposeAsync();
    }

    /// <summary>The AppHost's main loop: start, report, wait for Ctrl+C/SIGTERM/SIGHUP, stop. Returns the exit code.</summary>
    /// <summary>Starts everything, runs <paramref name="afterStart"/> once all is healthy (demo data), then waits for Ctrl+C.</summary>
    public async Task<int> RunAsync(Func<AppHostRunner, CancellationToken, Task<string>>? afterStart = null)
    {
        using var signal = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            signal.Cancel();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var sighup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnSignal);
        var clock = Stopwatch.StartNew();
        var exitCode = 0;
        try
        {
            await StartAsync(cancellationToken: signal.Token);
            reporter.Announce($"all {Resources.Count} resources healthy in {clock.Elapsed.TotalSeconds:0.0} s; Ctrl+C stops everything");
            if (afterStart is not null)
            {
                reporter.Announce(await afterStart(this, signal.Token));
            }

            await Task.Delay(Timeout.Infinite, signal.Token);
        }
        catch (OperationCanceledException) when (signal.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM
        }
        catch (Exception e) when (e is ServerStartException or MissingPrerequisiteException or FileNotFoundException or TimeoutException)
        {
            reporter.Announce("start failed: " + e.Message);
            exitCode = 1;
        }

        reporter.Announce("stopping every process and server…");
        await StopAsync();
        reporter.Announce("stopped");
        return exitCode;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task PrepareStateAsync()
    {
        if (Directory.Exists(options.StateDirectory))
        {
            var stale = await ProcessTable.KillUnderAsync(options.StateDirectory);
            if (stale > 0)
            {
                reporter.Announce($"killed {stale} process(es) left by a previous run");
            }

            if (options.Fresh)
            {
                Directory.Delete(options.StateDirectory, recursive: true);
                reporter.Announce($"--fresh: wiped {options.StateDirectory}");
            }
        }

        Directory.CreateDirectory(Path.Combine(options.StateDirectory, "logs"));
    }

    private async Task StartWhenReadyAsync(Resource resource)
    {
        await Task.WhenAll(resource.WaitsFor.Select(d => d.FirstHealthy)).WaitAsync(stopping.Token);
        try
        {
            await resource.StartAsync(stopping.Token);
        }
        catch (Exception e) when (!stopping.IsCancellationRequested)
        {
            resource.SetState(ResourceState.Failed, e.Message.Split('\n')[0]);
            throw;
        }
    }

    private async Task WaitUntilHealthyAsync(TimeSpan? within, CancellationToken cancellationToken)
    {
        var allHealthy = Task.WhenAll(Resources.Select(r => r.FirstHealthy));
        var pending = new List<Task>(starts) { allHealthy };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(within ?? Timeout.InfiniteTimeSpan);
        var expired = Task.Delay(Timeout.Infinite, timeout.Token);
        while (!allHealthy.IsCompleted)
        {
            var next = await Task.WhenAny(pending.Append(expired));
            if (next == expired)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var waiting = Resources.Where(r => !r.FirstHealthy.IsCompleted).Select(r => $"{r.Name} ({r.State}, {r.Health})");
                throw new TimeoutException($"not healthy within {within?.TotalSeconds:0} s: {string.Join(", ", waiting)}");
            }

            if (next.IsFaulted)
            {
                await StopAsync();
                await next;
            }

            pending.Remove(next);
        }
    }

    private async Task MonitorAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                await Task.WhenAll(Resources.Select(r => r.RefreshHealthAsync(stopping.Token)));
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // stopping
        }
    }
}
