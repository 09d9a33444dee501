namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>A resource being declared, for chaining (AddDatabase, WithReference, WaitFor).</summary>
public interface IResourceBuilder<out T>
    where T : class
{
    AppHostBuilder Builder { get; }

    T Resource { get; }
}
