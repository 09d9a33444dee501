namespace CollectionsPlatform.AppHost.LocalServers;

/// <summary>
/// Where the local servers keep their state: one git-ignored folder, <c>.state/</c> at the repository root, a sub-folder
/// per resource. <c>CollectionsPlatform:StateDirectory</c> (e.g. <c>--CollectionsPlatform:StateDirectory=/tmp/x</c>)
/// moves it, so tests never touch a developer's running platform.
/// </summary>
public static class StateRoot
{
    public const string ConfigurationKey = "CollectionsPlatform:StateDirectory";

    public static string Folder(IDistributedApplicationBuilder builder, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var root = builder.Configuration[ConfigurationKey] is { Length: > 0 } configured
            ? configured
            : Path.Combine(builder.AppHostDirectory, "..", ".state");
        return Path.GetFullPath(Path.Combine(root, resourceName));
    }
}
