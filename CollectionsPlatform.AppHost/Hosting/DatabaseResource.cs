namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>A database inside a PostgreSQL cluster, created when the cluster is up.</summary>
public sealed class DatabaseResource(string name, PostgresResource cluster) : Resource(name), IResourceWithConnectionString
{
    public override string Kind => "database";

    public PostgresResource Cluster { get; } = cluster;

    public string ConnectionString => Cluster.Postgres.ConnectionString(Name);

    public override string LogPath => Cluster.LogPath;

    public override IReadOnlyList<string> Endpoints => Cluster.Endpoints.Select(e => $"{e}/{Name}").ToList();

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var ok = await Cluster.IsHealthyAsync(cancellationToken);
        Health = ok ? "cluster answered" : "cluster down";
        return ok;
    }

    internal override async Task StartAsync(CancellationToken cancellationToken)
    {
        SetState(ResourceState.Starting);
        await Cluster.Postgres.CreateDatabaseAsync(Name, cancellationToken);
        SetState(ResourceState.Healthy);
    }

    internal override Task StopAsync()
    {
        SetState(ResourceState.Stopped);
        return Task.CompletedTask;
    }
}
