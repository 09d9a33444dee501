using System.Globalization;
using CollectionsPlatform.AppHost.LocalServers;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>
/// One thing the killer SIGKILLs: <see cref="Label"/> for the summary, the Aspire <see cref="Resource"/> that must be
/// healthy again afterwards, how to find its process now (null when there is none to kill), and whether it comes back
/// without a restart command (a PostgreSQL backend: the postmaster resets and replays the WAL).
/// </summary>
public sealed record KillTarget(string Label, string Resource, Func<int?> Find, bool RecoversByItself = false)
{
    private static readonly string[] KilledDatabases = ["casesdb", "paymentplansdb"];

    /// <summary>The rotation: a PostgreSQL backend of casesdb or paymentplansdb, the postmaster, RabbitMQ's beam.smp,
    /// redis-server, the Cases service, the PaymentPlans service.</summary>
    public static IReadOnlyList<KillTarget> Rotation(ChaosPlatform platform)
    {
        var cluster = platform.Resource<PostgresServerResource>("postgres").Cluster;
        var eventBus = platform.Resource<RabbitMqServerResource>("eventbus").Node.StateDirectory;
        var redis = platform.Resource<RedisServerResource>("redis").Server.StateDirectory;
        return
        [
            new("postgres backend", "postgres", () => Backend(cluster), RecoversByItself: true),
            new("postmaster", "postgres", () => Postmaster(cluster)),
            new("rabbitmq (beam.smp)", "eventbus", () => Named(eventBus, "beam.smp")),
            new("redis", "redis", () => Named(redis, "redis-server")),
            new("cases service", "cases", () => Service(platform.StateDirectory, "cases")),
            new("paymentplans service", "paymentplans", () => Service(platform.StateDirectory, "paymentplans")),
        ];
    }

    /// <summary>The first line of <c>postmaster.pid</c>, when that process lives.</summary>
    private static int? Postmaster(Postgres cluster)
    {
        var file = Path.Combine(cluster.DataDirectory, "postmaster.pid");
        try
        {
            var first = File.ReadLines(file).FirstOrDefault();
            return int.TryParse(first, CultureInfo.InvariantCulture, out var pid) && UnixSignals.IsAlive(pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A child of the postmaster whose process title names casesdb or paymentplansdb (a client's backend).</summary>
    private static int? Backend(Postgres cluster)
    {
        if (Postmaster(cluster) is not { } postmaster)
        {
            return null;
        }

        var backends = ProcessTree.Children(postmaster)
            .Where(pid => ProcessTree.Title(pid).Split(' ') is var title && title.Length > 2 && title[0] == "postgres:" && KilledDatabases.Contains(title[2]))
            .ToList();
        return backends.Count == 0 ? null : backends[Random.Shared.Next(backends.Count)];
    }

    private static int? Named(string stateDirectory, string name) =>
        ProcessTable.FindUnder(stateDirectory).Where(pid => ProcessTree.Name(pid) == name).Cast<int?>().FirstOrDefault();

    /// <summary>The service itself, not its <c>dotnet run</c> wrapper: the process under its state marker that runs its build output.</summary>
    private static int? Service(string stateDirectory, string name) =>
        ProcessTable.FindUnder(Path.Combine(stateDirectory, name))
            .Where(pid => ProcessTable.CommandLine(pid) is var command && command.Contains("/bin/", StringComparison.Ordinal) && !command.Contains(" run ", StringComparison.Ordinal))
            .Cast<int?>()
            .FirstOrDefault();
}
