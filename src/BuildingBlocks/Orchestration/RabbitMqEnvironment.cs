using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CollectionsPlatform.Orchestration;

/// <summary>The environment that points rabbitmq-server and its CLI tools at one state folder and its own ports.</summary>
public sealed record RabbitMqEnvironment(string Directory, int AmqpPort, int DistributionPort, int EpmdPort)
{
    /// <summary>One node name per state folder, so two folders never answer for each other.</summary>
    public string NodeName => $"rabbit-{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Directory)))[..10].ToLowerInvariant()}@localhost";

    public string NodeLogPath => Path.Combine(Directory, "log", NodeName + ".log");

    public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>
    {
        [ProcessTable.MarkerVariable] = Directory,
        ["HOME"] = Directory,
        ["RABBITMQ_NODENAME"] = NodeName,
        ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
        ["RABBITMQ_NODE_PORT"] = Text(AmqpPort),
        ["RABBITMQ_DIST_PORT"] = Text(DistributionPort),
        ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
        ["ERL_EPMD_PORT"] = Text(EpmdPort),
        ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Directory, "mnesia"),
        ["RABBITMQ_LOG_BASE"] = Path.Combine(Directory, "log"),
        ["RABBITMQ_CONFIG_FILE"] = Path.Combine(Directory, "rabbitmq"),
        ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(Directory, "advanced.config"),
        ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(Directory, "rabbitmq-env.conf"),
        ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Directory, "enabled_plugins"),
        ["RABBITMQ_PID_FILE"] = Path.Combine(Directory, "rabbit.pid"),
    };

    public void WriteConfiguration()
    {
        File.WriteAllText(Path.Combine(Directory, "rabbitmq.conf"),
            $"listeners.tcp.default = 127.0.0.1:{Text(AmqpPort)}\ndisk_free_limit.absolute = 50MB\n");
        File.WriteAllText(Path.Combine(Directory, "enabled_plugins"), "[].\n");
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
