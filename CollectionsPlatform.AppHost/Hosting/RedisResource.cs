using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>Redis, referenced as <c>ConnectionStrings__{name}=127.0.0.1:P</c>.</summary>
public sealed class RedisResource(string name) : ServerResource(name), IResourceWithConnectionString
{
    public override string Kind => "redis";

    public string ConnectionString => ((RedisServer)Server).ConnectionString;

    protected override IInfrastructureServer Create(ServerOptions options) => new RedisServer(options);
}
