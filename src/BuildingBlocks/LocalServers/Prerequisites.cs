namespace CollectionsPlatform.LocalServers;

/// <summary>Finds server binaries and names the Debian package when one is missing.</summary>
public static class Prerequisites
{
    public static string Require(string directory, string binary, string aptPackage)
    {
        var path = Path.Combine(directory, binary);
        return File.Exists(path) ? path : throw new MissingPrerequisiteException(path, aptPackage);
    }

    /// <summary>The newest /usr/lib/postgresql/N/bin that holds pg_ctl.</summary>
    public static string PostgresBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var candidates = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .ToList()
            : [];
        return candidates.Count > 0 ? candidates[0] : Path.Combine(root, "15", "bin");
    }
}
