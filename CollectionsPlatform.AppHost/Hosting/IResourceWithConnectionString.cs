namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>A resource a project references through <c>ConnectionStrings__{Name}</c>.</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    /// <summary>Valid once the resource has started.</summary>
    string ConnectionString { get; }
}
