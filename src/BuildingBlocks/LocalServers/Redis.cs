using System.Text;

namespace CollectionsPlatform.LocalServers;

/// <summary>How a Redis server runs from the Debian binary: in the foreground on 127.0.0.1, no persistence.</summary>
public sealed record Redis(string StateDirectory, int Port)
{
    public const string DebianPackage = "redis-server";

    /// <summary>Claims the folder (sweeping what a killed run left) and chooses the port.</summary>
    public static Redis Prepare(string stateDirectory, int? port = null)
    {
        var directory = StateFolder.Claim(stateDirectory);
        return new Redis(directory, port ?? StateFolder.Port(directory));
    }

    public ServerCommand Server() =>
        new(Prerequisites.Require("/usr/bin", "redis-server", DebianPackage),
            ["--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--dir", StateDirectory,
             "--save", string.Empty, "--appendonly", "no", "--protected-mode", "no", "--daemonize", "no"])
        {
            WorkingDirectory = StateDirectory,
            Environment = ProcessTable.Marker(StateDirectory),
        };

    /// <summary>Aspire's form for StackExchange.Redis: <c>127.0.0.1:P</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>True when the server answers PING with +PONG.</summary>
    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) =>
        TcpProbe.AnswersAsync(Port, "PING\r\n"u8.ToArray(), (reply, length) => Encoding.ASCII.GetString(reply, 0, length).StartsWith("+PONG", StringComparison.Ordinal), cancellationToken);
}
