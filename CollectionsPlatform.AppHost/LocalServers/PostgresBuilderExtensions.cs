using CollectionsPlatform.LocalServers;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.AppHost.LocalServers;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// A PostgreSQL server from the Debian binaries, state in <c>.state/&lt;name&gt;</c>: <c>&lt;name&gt;-init</c> (initdb, a
    /// one-shot that does nothing once the cluster exists) runs first; the server is healthy once it answers SELECT 1.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var cluster = Postgres.Prepare(StateRoot.Folder(builder, name));
        var initdb = cluster.Initdb();
        var init = builder.AddExecutable(name + "-init", initdb.FileName, cluster.StateDirectory).WithServerCommand(initdb);
        return builder.AddResource(new PostgresServerResource(name, cluster))
            .WithServerCommand(cluster.Server())
            .WithLocalEndpoint(cluster.Port)
            .WithReadinessProbe(cluster.IsReadyAsync)
            .WaitForCompletion(init);
    }

    /// <summary>A database of the server, created (when absent) as soon as the server is ready.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(this IResourceBuilder<PostgresServerResource> server, string name)
    {
        ArgumentNullException.ThrowIfNull(server);
        var database = new PostgresDatabaseResource(name, server.Resource);
        server.OnResourceReady(async (postgres, ready, cancellationToken) =>
        {
            await postgres.Cluster.CreateDatabaseAsync(database.DatabaseName, cancellationToken);
            await ready.Services.GetRequiredService<ResourceNotificationService>()
                .PublishUpdateAsync(database, snapshot => snapshot with { State = KnownResourceStates.Running });
        });
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot { ResourceType = "PostgresDatabase", State = KnownResourceStates.Waiting, Properties = [] });
    }
}
