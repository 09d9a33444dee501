using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CollectionsPlatform.LocalServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>
/// The real AppHost through Aspire.Hosting.Testing, as the EndToEnd fixture starts it: a temp state folder, no
/// dashboard, a small demo portfolio (waited for until the seeder exits). It restarts a resource with the dashboard's
/// restart command, and on dispose stops everything and SIGKILLs (and names) whatever outlived the stop by 10 s.
/// </summary>
public sealed class ChaosPlatform : IAsyncDisposable
{
    public static readonly string[] Servers = ["postgres", "redis", "eventbus-epmd", "eventbus"];
    public static readonly string[] Services = ["cases", "contacts", "paymentplans", "consent", "complaints", "gateway"];

    private readonly string logDirectory;
    private readonly CancellationTokenSource stopping = new();

    private ChaosPlatform(DistributedApplication app, string stateDirectory, string logDirectory)
    {
        App = app;
        StateDirectory = stateDirectory;
        this.logDirectory = logDirectory;
    }

    public DistributedApplication App { get; }

    public string StateDirectory { get; }

    public ResourceNotificationService Notifications => App.ResourceNotifications;

    public static async Task<ChaosPlatform> StartAsync(ChaosOptions options, string logDirectory, CancellationToken cancellationToken)
    {
        var stateDirectory = Directory.CreateTempSubdirectory("collections-chaos-").FullName;
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CollectionsPlatform_AppHost>(
            [$"--CollectionsPlatform:StateDirectory={stateDirectory}", "--Logging:LogLevel:Default=Warning"],
            (app, _) => app.DisableDashboard = true,
            cancellationToken);
        builder.Services.AddLogging(logging => logging.ClearProviders()); // resource logs go to files (ServiceLogs), not the console
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "demo-seeder"))
            .WithEnvironment("DEMO_ACCOUNTS", options.DemoAccounts.ToString(CultureInfo.InvariantCulture));
        var app = await builder.BuildAsync(cancellationToken);
        var platform = new ChaosPlatform(app, stateDirectory, logDirectory);
        await app.StartAsync(cancellationToken);
        ServiceLogs.Record(app, Servers.Concat(Services), logDirectory, platform.stopping.Token);
        foreach (var resource in Servers.Concat(Services))
        {
            await app.ResourceNotifications.WaitForResourceHealthyAsync(resource, cancellationToken);
        }

        await app.ResourceNotifications.WaitForResourceAsync(
            "demo-seeder", e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), cancellationToken);
        return platform;
    }

    public T Resource<T>(string name)
        where T : IResource =>
        App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<T>().Single(r => r.Name == name);

    public Uri GatewayGrpc => App.GetEndpoint("gateway", "grpc");

    public string? State(string resource) =>
        Notifications.TryGetCurrentState(resource, out var current) ? current.Snapshot.State?.Text : null;

    public async Task<bool> RestartAsync(string resource, CancellationToken cancellationToken)
    {
        var result = await App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync(resource, KnownResourceCommands.RestartCommand, cancellationToken);
        return result.Success;
    }

    public async ValueTask DisposeAsync()
    {
        var started = ProcessTable.FindUnder(StateDirectory).Concat(ProcessTree.Descendants(Environment.ProcessId)).ToHashSet();
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            await App.StopAsync(stop.Token);
        }

        await App.DisposeAsync();
        await stopping.CancelAsync();
        stopping.Dispose();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (started.Any(UnixSignals.IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        foreach (var pid in started.Where(UnixSignals.IsAlive))
        {
            Console.WriteLine($"left after the stop, killed: {pid} {ProcessTable.CommandLine(pid)}");
            UnixSignals.Send(pid, UnixSignals.Kill);
        }

        Directory.Delete(StateDirectory, recursive: true);
        Console.WriteLine($"service and server logs of this run: {logDirectory}");
    }
}
