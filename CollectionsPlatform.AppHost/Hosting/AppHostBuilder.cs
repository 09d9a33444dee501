namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>Declares the topology (servers, databases, projects, references, waits), then builds the runner.</summary>
public sealed class AppHostBuilder(AppHostOptions options)
{
    private readonly List<Resource> resources = [];

    public AppHostOptions Options { get; } = options;

    public IReadOnlyList<Resource> Resources => resources;

    public static AppHostBuilder Create(string[] args) => new(AppHostOptions.FromArgs(args));

    public IResourceBuilder<PostgresResource> AddPostgres(string name) => Add(new PostgresResource(name));

    public IResourceBuilder<RedisResource> AddRedis(string name) => Add(new RedisResource(name));

    public IResourceBuilder<RabbitMqResource> AddRabbitMQ(string name) => Add(new RabbitMqResource(name));

    /// <summary>A project by its folder relative to the repository root, e.g. <c>src/Services/Cases</c>.</summary>
    public IResourceBuilder<ProjectResource> AddProject(string name, string projectFolder) =>
        Add(new ProjectResource(name, Path.Combine(Options.RepositoryRoot, projectFolder)));

    public AppHostRunner Build() => new(Options, resources);

    internal IResourceBuilder<T> Add<T>(T resource)
        where T : Resource
    {
        if (resources.Any(r => r.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        }

        resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }
}
