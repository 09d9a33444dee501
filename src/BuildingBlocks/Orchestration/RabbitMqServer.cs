namespace CollectionsPlatform.Orchestration;

/// <summary>A RabbitMQ node (rabbitmq-server) with its own node name, epmd port and state folder. User guest (loopback only).</summary>
public sealed class RabbitMqServer(ServerOptions options) : IInfrastructureServer
{
    private const string Package = "rabbitmq-server";
    private readonly string directory = Path.GetFullPath(options.StateDirectory);
    private ChildProcess? process;
    private RabbitMqEnvironment? environment;

    public string Name => "rabbitmq";

    public int Port => environment?.AmqpPort ?? 0;

    public bool IsRunning => process is { HasExited: false };

    public int? ProcessId => IsRunning ? process!.Id : null;

    public string StateDirectory => directory;

    public string LogPath => Path.Combine(directory, "rabbitmq.log");

    public string Endpoint => $"amqp://127.0.0.1:{Port}";

    private string BinDirectory => options.BinDirectory ?? "/usr/lib/rabbitmq/bin";

    /// <summary><c>amqp://guest:guest@127.0.0.1:P</c>, or with <c>/vhost</c> appended.</summary>
    public string AmqpUri(string? virtualHost = null) =>
        $"amqp://guest:guest@127.0.0.1:{Port}" + (virtualHost is null ? string.Empty : "/" + Uri.EscapeDataString(virtualHost));

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var server = Prerequisites.Require(BinDirectory, "rabbitmq-server", Package);
        Prerequisites.Require(BinDirectory, "rabbitmqctl", Package);
        StateFiles.Create(directory);
        var orphans = await ProcessTable.KillUnderAsync(directory, cancellationToken);
        var readyMarker = Path.Combine(directory, "booted-once");
        if (!File.Exists(readyMarker) && Directory.Exists(Path.Combine(directory, "mnesia")))
        {
            Directory.Delete(Path.Combine(directory, "mnesia"), recursive: true);
        }

        StateFiles.DeleteIfExists(Path.Combine(directory, "rabbit.pid"));
        var amqp = await PortAllocator.ReclaimAsync(options.PreferredPort ?? StateFiles.ReadPort(directory), orphans > 0 ? StateFiles.PortReleasePatience : TimeSpan.Zero, cancellationToken);
        StateFiles.WritePort(directory, amqp);
        environment = new RabbitMqEnvironment(directory, amqp, PortAllocator.Choose(), PortAllocator.Choose());
        environment.WriteConfiguration();
        process = ChildProcess.Start(new ProcessSpec(server, []) { WorkingDirectory = directory, Environment = environment.Variables }, LogPath, options.Output);
        if (!await Readiness.WaitAsync(IsHealthyAsync, () => process.HasExited, options.StartTimeout, cancellationToken))
        {
            var reason = process.HasExited ? $"rabbitmq-server exited with {process.ExitCode}" : "it did not accept AMQP connections in time";
            var tail = LogTail.ReadAll([LogPath, environment.NodeLogPath]);
            await StopAsync(cancellationToken);
            throw new ServerStartException(Name, reason, tail);
        }

        await File.WriteAllTextAsync(readyMarker, DateTimeOffset.UtcNow.ToString("O"), cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (process is { HasExited: false })
        {
            await CtlAsync(["shutdown"], cancellationToken);
        }

        if (process is not null)
        {
            await process.DisposeAsync();
            process = null;
        }

        if (environment is not null && File.Exists("/usr/bin/epmd"))
        {
            await ShortCommand.RunAsync(new ProcessSpec("/usr/bin/epmd", ["-kill"]) { Environment = environment.Variables }, TimeSpan.FromSeconds(10), cancellationToken);
        }

        await ProcessTable.KillUnderAsync(directory, cancellationToken);
    }

    /// <summary>An AMQP 0-9-1 protocol header answered by a Connection.Start method frame.</summary>
    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) =>
        TcpProbe.AnswersAsync(Port, "AMQP\0\0\u0009\u0001"u8.ToArray(), (reply, _) => reply[0] == 1, cancellationToken);

    /// <summary>Adds a virtual host that guest may use fully; returns its amqp:// URI.</summary>
    public async Task<string> CreateVirtualHostAsync(string virtualHost, CancellationToken cancellationToken = default)
    {
        await CtlOrThrowAsync(["add_vhost", virtualHost], cancellationToken);
        await CtlOrThrowAsync(["set_permissions", "-p", virtualHost, "guest", ".*", ".*", ".*"], cancellationToken);
        return AmqpUri(virtualHost);
    }

    /// <summary>Runs rabbitmqctl against this node.</summary>
    public Task<CommandResult> CtlAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default) =>
        ShortCommand.RunAsync(
            new ProcessSpec(Path.Combine(BinDirectory, "rabbitmqctl"), ["-q", .. arguments]) { WorkingDirectory = directory, Environment = environment?.Variables ?? new Dictionary<string, string>() },
            TimeSpan.FromSeconds(60),
            cancellationToken);

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task CtlOrThrowAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await CtlAsync(arguments, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"rabbitmqctl {arguments[0]} failed ({result.ExitCode}): {result.Output}");
        }
    }
}
