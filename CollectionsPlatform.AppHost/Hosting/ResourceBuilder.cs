namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>The one implementation of <see cref="IResourceBuilder{T}"/>.</summary>
public sealed record ResourceBuilder<T>(AppHostBuilder Builder, T Resource) : IResourceBuilder<T>
    where T : class;
