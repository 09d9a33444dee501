using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>
/// A .NET project run as <c>dotnet bin/&lt;config&gt;/net10.0/&lt;Project&gt;.dll</c> from its project folder,
/// with an http and a grpc endpoint on free loopback ports. Ready when GET /health on http answers 200.
/// Restarted with backoff when it crashes.
/// </summary>
public sealed class ProjectResource(string name, string projectDirectory) : Resource(name)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly CancellationTokenSource stopping = new();
    private ChildProcess? process;
    private Task supervision = Task.CompletedTask;

    public override string Kind => "project";

    public string ProjectDirectory { get; } = projectDirectory;

    public string InstanceId { get; } = Guid.NewGuid().ToString("N")[..12];

    public int HttpPort { get; internal set; }

    public int GrpcPort { get; internal set; }

    public string HttpUrl => ProjectEnvironment.Url(HttpPort);

    public string GrpcUrl => ProjectEnvironment.Url(GrpcPort);

    public List<Resource> References { get; } = [];

    public override int? ProcessId => process is { HasExited: false } ? process.Id : null;

    public override IReadOnlyList<string> Endpoints => [HttpUrl, GrpcUrl + " (grpc)"];

    public override string LogPath => Context.LogFile(Name);

    public string AssemblyPath
    {
        get
        {
            var project = Directory.GetFiles(ProjectDirectory, "*.csproj").Single();
            var name = Path.GetFileNameWithoutExtension(project);
            return Path.Combine(ProjectDirectory, "bin", Context.Options.Configuration, "net10.0", name + ".dll");
        }
    }

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync(HttpUrl + "/health", cancellationToken);
            Health = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Health = e is TaskCanceledException ? "timed out" : "refused";
            return false;
        }
    }

    internal override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(AssemblyPath))
        {
            throw new FileNotFoundException($"{Name}: {AssemblyPath} is missing; build first (dotnet build CollectionsPlatform.AppHost).");
        }

        var firstRun = Launch();
        supervision = SuperviseAsync();
        await firstRun;
    }

    internal override async Task StopAsync()
    {
        await stopping.CancelAsync();
        SetState(ResourceState.Stopping);
        if (process is not null)
        {
            await process.DisposeAsync();
        }

        await supervision;
        await ProcessTable.KillUnderAsync(Context.StateFolder(Name));
        SetState(ResourceState.Stopped);
    }

    /// <summary>Starts the process and returns once it is healthy (or has exited).</summary>
    private async Task Launch()
    {
        SetState(Restarts == 0 ? ResourceState.Starting : ResourceState.Restarting);
        Directory.CreateDirectory(Context.StateFolder(Name));
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var spec = new ProcessSpec(dotnet, [AssemblyPath]) { WorkingDirectory = ProjectDirectory, Environment = ProjectEnvironment.For(this, Context) };
        process = ChildProcess.Start(spec, LogPath, line => Context.Reporter.Line(Name, line));
        Context.Reporter.StateChanged(this, "process started");
        var current = process;
        if (await Readiness.WaitAsync(IsHealthyAsync, () => current.HasExited || stopping.IsCancellationRequested, Context.Options.StartTimeout, stopping.Token)
            && !current.HasExited)
        {
            SetState(ResourceState.Healthy);
        }
        else if (!current.HasExited)
        {
            SetState(ResourceState.Unhealthy, $"no healthy /health after {Context.Options.StartTimeout.TotalSeconds:0} s ({Health})");
        }
    }

    /// <summary>Restarts a crashed process with exponential backoff (1 s, 2 s, 4 s … 30 s).</summary>
    private async Task SuperviseAsync()
    {
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                var current = process!;
                await current.Exited.WaitAsync(stopping.Token);
                Restarts++;
                var backoff = RestartBackoff.Before(Restarts);
                SetState(ResourceState.Restarting, $"exited with code {current.ExitCode}; restart #{Restarts} in {backoff.TotalSeconds:0} s");
                await current.DisposeAsync();
                await Task.Delay(backoff, stopping.Token);
                await Launch();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // stopping
        }
    }
}
