using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.Testing;

/// <summary>A Redis server for tests, launched as the AppHost launches it (<see cref="Redis"/>).</summary>
public sealed class RedisServer(string stateDirectory)
{
    private Redis? server;
    private ServerProcess? process;

    public int Port => server?.Port ?? 0;

    public bool IsRunning => process is { HasExited: false };

    /// <summary><c>127.0.0.1:P</c>, as Aspire passes ConnectionStrings__redis.</summary>
    public string ConnectionString => server?.ConnectionString ?? throw new InvalidOperationException("Redis is not started");

    /// <summary>Starts the server; a restart keeps the port (data is not persisted).</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        server = Redis.Prepare(stateDirectory, server?.Port);
        process = ServerProcess.Start(server.Server());
        await process.WaitReadyAsync("redis", server.IsReadyAsync, TimeSpan.FromSeconds(30), cancellationToken);
    }

    public async Task StopAsync()
    {
        if (process is not null)
        {
            await process.StopAsync(TimeSpan.FromSeconds(10));
        }

        ProcessTable.KillUnder(stateDirectory);
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) =>
        server is null ? Task.FromResult(false) : server.IsReadyAsync(cancellationToken);
}
