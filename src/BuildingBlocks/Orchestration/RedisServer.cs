using System.Text;

namespace CollectionsPlatform.Orchestration;

/// <summary>A Redis server (redis-server) in the foreground as a child process, no persistence.</summary>
public sealed class RedisServer(ServerOptions options) : IInfrastructureServer
{
    private readonly string directory = Path.GetFullPath(options.StateDirectory);
    private ChildProcess? process;

    public string Name => "redis";

    public int Port { get; private set; }

    public bool IsRunning => process is { HasExited: false };

    public int? ProcessId => IsRunning ? process!.Id : null;

    public string StateDirectory => directory;

    public string LogPath => Path.Combine(directory, "redis.log");

    public string Endpoint => $"tcp://127.0.0.1:{Port}";

    /// <summary>StackExchange.Redis form, as Aspire passes ConnectionStrings__redis.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var binary = Prerequisites.Require(options.BinDirectory ?? "/usr/bin", "redis-server", "redis-server");
        StateFiles.Create(directory);
        var orphans = await ProcessTable.KillUnderAsync(directory, cancellationToken);
        StateFiles.DeleteIfExists(Path.Combine(directory, "redis.pid"));
        Port = await PortAllocator.ReclaimAsync(options.PreferredPort ?? StateFiles.ReadPort(directory), orphans > 0 ? StateFiles.PortReleasePatience : TimeSpan.Zero, cancellationToken);
        StateFiles.WritePort(directory, Port);
        var spec = new ProcessSpec(binary, ["--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--save", string.Empty, "--appendonly", "no", "--dir", directory, "--pidfile", Path.Combine(directory, "redis.pid"),
            "--daemonize", "no", "--protected-mode", "no"])
        {
            WorkingDirectory = directory,
            Environment = new Dictionary<string, string>(StateFiles.MarkerEnvironment(directory)),
        };
        process = ChildProcess.Start(spec, LogPath, options.Output);
        if (!await Readiness.WaitAsync(IsHealthyAsync, () => process.HasExited, options.StartTimeout, cancellationToken))
        {
            var reason = process.HasExited ? $"redis-server exited with {process.ExitCode}" : "it did not answer PING in time";
            await StopAsync(cancellationToken);
            throw new ServerStartException(Name, reason, LogTail.Read(LogPath));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (process is not null)
        {
            await process.DisposeAsync();
            process = null;
        }

        await ProcessTable.KillUnderAsync(directory, cancellationToken);
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) =>
        TcpProbe.AnswersAsync(Port, "PING\r\n"u8.ToArray(), (reply, length) => Encoding.ASCII.GetString(reply, 0, length).StartsWith("+PONG", StringComparison.Ordinal), cancellationToken);

    public ValueTask DisposeAsync() => new(StopAsync());
}
