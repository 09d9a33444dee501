using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>One PostgreSQL cluster; databases are added with AddDatabase.</summary>
public sealed class PostgresResource(string name) : ServerResource(name)
{
    public override string Kind => "postgres";

    public PostgresServer Postgres => (PostgresServer)Server;

    protected override IInfrastructureServer Create(ServerOptions options) => new PostgresServer(options);
}
