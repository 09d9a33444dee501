using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CollectionsPlatform.LocalServers;

/// <summary>
/// How a RabbitMQ node runs from the Debian binaries: its own node name, ports and folder; its own <c>epmd</c> run as a
/// separate process (<see cref="Epmd"/>) so no daemon epmd outlives it; the distribution port set explicitly (the
/// default, AMQP + 20000, can overflow); logs to stdout; user guest (loopback only).
/// </summary>
public sealed record RabbitMq(string StateDirectory, int AmqpPort, int DistributionPort, int EpmdPort)
{
    public const string DebianPackage = "rabbitmq-server";
    private const string BinDirectory = "/usr/lib/rabbitmq/bin";

    /// <summary>Claims the folder (sweeping what a killed run left), chooses the ports and writes the configuration.</summary>
    public static RabbitMq Prepare(string stateDirectory, int? amqpPort = null)
    {
        var directory = StateFolder.Claim(stateDirectory);
        StateFolder.DeleteIfExists(Path.Combine(directory, "rabbit.pid"));
        var node = new RabbitMq(directory, amqpPort ?? StateFolder.Port(directory), StateFolder.Port(directory, "dist-port"), StateFolder.Port(directory, "epmd-port"));
        File.WriteAllText(Path.Combine(directory, "rabbitmq.conf"),
            $"listeners.tcp.default = 127.0.0.1:{Text(node.AmqpPort)}\ndisk_free_limit.absolute = 50MB\n");
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].\n");
        return node;
    }

    /// <summary>One node name per state folder, so two folders never answer for each other.</summary>
    public string NodeName => $"rabbit-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(StateDirectory)))[..10].ToLowerInvariant()}@localhost";

    /// <summary>The environment of the node and of <c>rabbitmqctl</c> aimed at it.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>(ProcessTable.Marker(StateDirectory))
    {
        ["HOME"] = StateDirectory,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Text(AmqpPort),
        ["RABBITMQ_DIST_PORT"] = Text(DistributionPort),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["ERL_EPMD_PORT"] = Text(EpmdPort),
        ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-start_epmd false",
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(StateDirectory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(StateDirectory, "log"),
        ["RABBITMQ_LOGS"] = "-",
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(StateDirectory, "rabbitmq"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(StateDirectory, "advanced.config"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(StateDirectory, "rabbitmq-env.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(StateDirectory, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(StateDirectory, "rabbit.pid"),
    };

    /// <summary>epmd in the foreground on 127.0.0.1:<see cref="EpmdPort"/>; the node registers there.</summary>
    public ServerCommand Epmd() =>
        new(Prerequisites.Require("/usr/bin", "epmd", "erlang-base"), ["-address", "127.0.0.1", "-port", Text(EpmdPort)])
        {
            WorkingDirectory = StateDirectory,
            Environment = ProcessTable.Marker(StateDirectory),
        };

    public ServerCommand Server() =>
        new(Prerequisites.Require(BinDirectory, "rabbitmq-server", DebianPackage), []) { WorkingDirectory = StateDirectory, Environment = Environment };

    /// <summary><c>rabbitmqctl -q …</c> against this node.</summary>
    public ServerCommand Ctl(IReadOnlyList<string> arguments) =>
        new(Prerequisites.Require(BinDirectory, "rabbitmqctl", DebianPackage), ["-q", .. arguments]) { WorkingDirectory = StateDirectory, Environment = Environment };

    /// <summary>Aspire's form: <c>amqp://guest:guest@127.0.0.1:P</c>, or with <c>/vhost</c> appended.</summary>
    public string AmqpUri(string? virtualHost = null) =>
        $"amqp://guest:guest@127.0.0.1:{Text(AmqpPort)}" + (virtualHost is null ? string.Empty : "/" + Uri.EscapeDataString(virtualHost));

    /// <summary>True when an AMQP 0-9-1 protocol header is answered by a Connection.Start method frame.</summary>
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) =>
        TcpProbe.AnswersAsync(AmqpPort, "AMQP\0\0\u0009\u0001"u8.ToArray(), (reply, _) => reply[0] == 1, cancellationToken);

    /// <summary>True when epmd answers a NAMES request.</summary>
    public Task<bool> IsEpmdReadyAsync(CancellationToken cancellationToken = default) =>
        TcpProbe.AnswersAsync(EpmdPort, [0, 1, 110], (_, length) => length >= 4, cancellationToken);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
