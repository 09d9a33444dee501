using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.AppHost.LocalServers;

/// <summary>A Redis server run from the Debian binary (see <see cref="Redis"/>), with Aspire's connection string.</summary>
public sealed class RedisServerResource(string name, Redis server)
    : ExecutableResource(name, server.Server().FileName, server.StateDirectory), IResourceWithConnectionString
{
    public Redis Server { get; } = server;

    /// <summary><c>127.0.0.1:P</c></summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Server.ConnectionString}");
}
