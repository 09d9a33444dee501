using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.AppHost.LocalServers;

/// <summary>A PostgreSQL server run from the Debian binaries (see <see cref="Postgres"/>), with Aspire's connection string.</summary>
public sealed class PostgresServerResource(string name, Postgres cluster)
    : ExecutableResource(name, cluster.Server().FileName, cluster.StateDirectory), IResourceWithConnectionString
{
    public Postgres Cluster { get; } = cluster;

    /// <summary><c>Host=127.0.0.1;Port=P;Username=postgres;Password=…</c></summary>
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Cluster.ConnectionString()}");
}
