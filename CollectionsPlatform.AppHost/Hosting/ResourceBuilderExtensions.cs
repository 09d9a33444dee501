namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>AddDatabase, WithReference and WaitFor, named as in Aspire's hosting API.</summary>
public static class ResourceBuilderExtensions
{
    public static IResourceBuilder<DatabaseResource> AddDatabase(this IResourceBuilder<PostgresResource> postgres, string name)
    {
        var database = new DatabaseResource(name, postgres.Resource);
        database.WaitsFor.Add(postgres.Resource);
        return postgres.Builder.Add(database);
    }

    /// <summary>Passes <c>ConnectionStrings__{name}</c>; the resource must be up before the project starts.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> source)
    {
        var resource = (Resource)source.Resource;
        project.Resource.References.Add(resource);
        AddWait(project.Resource, resource);
        return project;
    }

    /// <summary>Passes <c>services__{name}__http__0</c> and <c>services__{name}__grpc__0</c>.</summary>
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> service)
    {
        project.Resource.References.Add(service.Resource);
        return project;
    }

    /// <summary>Starts the project only once <paramref name="dependency"/> is healthy.</summary>
    public static IResourceBuilder<T> WaitFor<T>(this IResourceBuilder<T> resource, IResourceBuilder<Resource> dependency)
        where T : Resource
    {
        AddWait(resource.Resource, dependency.Resource);
        return resource;
    }

    private static void AddWait(Resource resource, Resource dependency)
    {
        if (!resource.WaitsFor.Contains(dependency))
        {
            resource.WaitsFor.Add(dependency);
        }
    }
}
