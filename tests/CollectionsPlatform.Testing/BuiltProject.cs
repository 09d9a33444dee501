namespace CollectionsPlatform.Testing;

/// <summary>Where a project of this repository has its build output, in the configuration the tests were built in.</summary>
public static class BuiltProject
{
    /// <summary>The repository root: the nearest folder above the test's output with CollectionsPlatform.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The built dll of <paramref name="project"/>, a folder under the repository root (e.g. src/Services/Cases).</summary>
    public static string Dll(string project)
    {
        var folder = Path.Combine(RepositoryRoot, project);
        var name = Path.GetFileNameWithoutExtension(Directory.GetFiles(folder, "*.csproj").Single());
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(folder, "bin", configuration, "net10.0", name + ".dll");
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CollectionsPlatform.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("CollectionsPlatform.sln not found above " + AppContext.BaseDirectory);
    }
}
