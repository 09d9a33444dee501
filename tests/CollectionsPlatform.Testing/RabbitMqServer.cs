using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.Testing;

/// <summary>A RabbitMQ node and its own epmd for tests, launched as the AppHost launches them (<see cref="RabbitMq"/>).</summary>
public sealed class RabbitMqServer(string stateDirectory)
{
    private RabbitMq? node;
    private ServerProcess? epmd;
    private ServerProcess? process;

    public int Port => node?.AmqpPort ?? 0;

    public bool IsRunning => process is { HasExited: false };

    private RabbitMq Node => node ?? throw new InvalidOperationException("RabbitMQ is not started");

    /// <summary><c>amqp://guest:guest@127.0.0.1:P</c>, or with <c>/vhost</c> appended.</summary>
    public string AmqpUri(string? virtualHost = null) => Node.AmqpUri(virtualHost);

    /// <summary>Starts epmd, then the node; a restart keeps the AMQP port, the node name and its vhosts.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        node = RabbitMq.Prepare(stateDirectory, node?.AmqpPort);
        epmd = ServerProcess.Start(node.Epmd());
        await epmd.WaitReadyAsync("epmd", node.IsEpmdReadyAsync, TimeSpan.FromSeconds(15), cancellationToken);
        process = ServerProcess.Start(node.Server());
        await process.WaitReadyAsync("rabbitmq", node.IsReadyAsync, TimeSpan.FromSeconds(120), cancellationToken);
    }

    public async Task StopAsync()
    {
        if (process is not null)
        {
            await process.StopAsync(TimeSpan.FromSeconds(20));
        }

        if (epmd is not null)
        {
            await epmd.StopAsync(TimeSpan.FromSeconds(5));
        }

        ProcessTable.KillUnder(stateDirectory);
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken = default) =>
        node is null ? Task.FromResult(false) : node.IsReadyAsync(cancellationToken);

    /// <summary>Runs <c>rabbitmqctl</c> against this node.</summary>
    public Task<(int ExitCode, string Output)> CtlAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken = default) =>
        ServerProcess.RunAsync(Node.Ctl(arguments), TimeSpan.FromSeconds(60), cancellationToken);

    /// <summary>Adds a virtual host that guest may use fully; returns its amqp:// URI.</summary>
    public async Task<string> CreateVirtualHostAsync(string virtualHost, CancellationToken cancellationToken = default)
    {
        foreach (var arguments in new[] { ["add_vhost", virtualHost], new[] { "set_permissions", "-p", virtualHost, "guest", ".*", ".*", ".*" } })
        {
            var (exitCode, output) = await CtlAsync(arguments, cancellationToken);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"rabbitmqctl {arguments[0]} failed ({exitCode}): {output}");
            }
        }

        return AmqpUri(virtualHost);
    }
}
