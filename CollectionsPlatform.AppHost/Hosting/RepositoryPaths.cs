using System.Reflection;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>The repository root and build configuration, stamped into the AppHost assembly at build time.</summary>
public static class RepositoryPaths
{
    private static readonly Assembly AppHostAssembly = typeof(RepositoryPaths).Assembly;

    public static string Root { get; } =
        AppHostAssembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    public static string Configuration { get; } =
        AppHostAssembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
}
