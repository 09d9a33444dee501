using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.AppHost.LocalServers;

public static class RedisBuilderExtensions
{
    /// <summary>A Redis server from the Debian binary (no persistence), healthy once it answers PING.</summary>
    public static IResourceBuilder<RedisServerResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var server = Redis.Prepare(StateRoot.Folder(builder, name));
        return builder.AddResource(new RedisServerResource(name, server))
            .WithServerCommand(server.Server())
            .WithLocalEndpoint(server.Port)
            .WithReadinessProbe(server.IsReadyAsync);
    }
}
