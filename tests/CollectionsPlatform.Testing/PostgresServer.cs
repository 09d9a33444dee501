using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.Testing;

/// <summary>A throwaway PostgreSQL cluster (fsync off) for tests, launched as the AppHost launches it (<see cref="Postgres"/>).</summary>
public sealed class PostgresServer(string stateDirectory)
{
    private Postgres? cluster;
    private ServerProcess? process;

    public int Port => cluster?.Port ?? 0;

    public bool IsRunning => process is { HasExited: false };

    /// <summary>Starts the cluster (initdb on first start); a restart keeps the port and the data.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        cluster = Postgres.Prepare(stateDirectory, cluster?.Port) with { Durable = false };
        var (exitCode, output) = await ServerProcess.RunAsync(cluster.Initdb(), TimeSpan.FromSeconds(90), cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"initdb exited with {exitCode}:\n{output}");
        }

        process = ServerProcess.Start(cluster.Server());
        await process.WaitReadyAsync("postgres", cluster.IsReadyAsync, TimeSpan.FromSeconds(60), cancellationToken);
    }

    /// <summary>Fast shutdown (the launch wrapper turns SIGTERM into SIGINT).</summary>
    public async Task StopAsync()
    {
        if (process is not null)
        {
            await process.StopAsync(TimeSpan.FromSeconds(30));
        }

        ProcessTable.KillUnder(stateDirectory);
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) =>
        cluster is null ? Task.FromResult(false) : cluster.IsReadyAsync(cancellationToken);

    public Task<string> CreateDatabaseAsync(string database, CancellationToken cancellationToken = default) =>
        (cluster ?? throw new InvalidOperationException("PostgreSQL is not started")).CreateDatabaseAsync(database, cancellationToken);
}
