using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.EndToEnd;

/// <summary>
/// The real AppHost (<c>Projects.CollectionsPlatform_AppHost</c>) through Aspire.Hosting.Testing, once per test assembly
/// (a start costs 20–35 s here): DCP, the dashboard, PostgreSQL, Redis, RabbitMQ, the services, the gateway and the demo
/// seeder (waited for until it exits), with state in a temp folder (never the developer's <c>.state/</c>). Disposing stops it and fails when any
/// process it started (DCP, dashboard, a server, a service) is still alive 10 s later.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    public static readonly string[] Projects = ["cases", "contacts", "paymentplans", "consent", "complaints", "gateway"];
    public static readonly string[] Servers = ["postgres", "redis", "eventbus-epmd", "eventbus"];
    public static readonly string[] Databases = ["casesdb", "contactsdb", "paymentplansdb", "consentdb", "complaintsdb"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    public string StateDirectory { get; } = Directory.CreateTempSubdirectory("collections-e2e-").FullName;

    public DistributedApplication App { get; private set; } = null!;

    public Uri DashboardUrl { get; private set; } = null!;

    public HttpClient Gateway { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.CollectionsPlatform_AppHost>(
            [
                $"--CollectionsPlatform:StateDirectory={StateDirectory}",
                $"--ASPNETCORE_URLS={Loopback()}",
                $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL={Loopback()}",
                $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL={Loopback()}",
                "--ASPIRE_ALLOW_UNSECURED_TRANSPORT=true",
            ],
            (options, _) =>
            {
                options.DisableDashboard = false;
                options.AllowUnsecuredTransport = true;
            },
            timeout.Token);
        // a smaller demo portfolio than run.sh opens (500): the tests need some cases, not the wait
        builder.CreateResourceBuilder(builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "demo-seeder"))
            .WithEnvironment("DEMO_ACCOUNTS", "40");
        App = await builder.BuildAsync(timeout.Token);
        await App.StartAsync(timeout.Token);
        foreach (var resource in Servers.Concat(Projects))
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }

        // the demo data is part of "started": tests read it, and none disturbs the platform while it is being opened
        await App.ResourceNotifications.WaitForResourceAsync(
            "demo-seeder", e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);

        DashboardUrl = await App.GetDashboardUrlAsync(timeout.Token);
        Gateway = App.CreateHttpClient("gateway", "http");
    }

    public async ValueTask DisposeAsync()
    {
        var started = ProcessTable.FindUnder(StateDirectory).Concat(Descendants(Environment.ProcessId)).ToHashSet();
        Gateway?.Dispose();
        if (App is not null)
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (started.Any(UnixSignals.IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        var left = started.Where(UnixSignals.IsAlive).Select(pid => $"{pid} {ProcessTable.CommandLine(pid)}").ToList();
        Directory.Delete(StateDirectory, recursive: true);
        if (left.Count > 0)
        {
            throw new InvalidOperationException("processes outlived the AppHost's stop by 10 s:\n" + string.Join('\n', left));
        }
    }

    /// <summary>Every live process below <paramref name="pid"/> (DCP, the dashboard and what DCP started).</summary>
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var child) && TryReadParent(child, out var parent))
            {
                parents[child] = parent;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var (child, parent) in parents)
            {
                if (parent == current)
                {
                    found.Add(child);
                    frontier.Enqueue(child);
                }
            }
        }

        return found;
    }

    private static bool TryReadParent(int pid, out int parent)
    {
        parent = 0;
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.TryParse(fields[1], CultureInfo.InvariantCulture, out parent);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Loopback() => $"http://127.0.0.1:{CollectionsPlatform.LocalServers.PortAllocator.Choose().ToString(CultureInfo.InvariantCulture)}";
}
