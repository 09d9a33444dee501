namespace CollectionsPlatform.Orchestration;

/// <summary>Creates state folders and small state files (port, password, markers).</summary>
public static class StateFiles
{
    public static string Create(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(full);
        return full;
    }

    /// <summary>Lets another user (postgres) reach a folder: every ancestor gets o+x.</summary>
    public static void MakeTraversable(string path)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(path)); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && (dir.UnixFileMode & UnixFileMode.OtherExecute) == 0)
            {
                dir.UnixFileMode |= UnixFileMode.OtherExecute | UnixFileMode.GroupExecute;
            }
        }
    }

    /// <summary>How long a restart waits for a killed predecessor's port before taking another.</summary>
    public static readonly TimeSpan PortReleasePatience = TimeSpan.FromSeconds(3);

    public static int? ReadPort(string directory) =>
        int.TryParse(ReadText(Path.Combine(directory, "port")), out var port) ? port : null;

    public static void WritePort(string directory, int port) => File.WriteAllText(Path.Combine(directory, "port"), port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string? ReadText(string path) => File.Exists(path) ? File.ReadAllText(path).Trim() : null;

    /// <summary>Reads a secret kept in the folder, creating it on first use.</summary>
    public static string Secret(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        var existing = ReadText(path);
        if (!string.IsNullOrEmpty(existing))
        {
            return existing;
        }

        var secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        File.WriteAllText(path, secret);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return secret;
    }

    public static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public static IDictionary<string, string> MarkerEnvironment(string directory) =>
        new Dictionary<string, string> { [ProcessTable.MarkerVariable] = directory };
}
