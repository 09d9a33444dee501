using System.Globalization;

namespace CollectionsPlatform.LocalServers;

/// <summary>A server's own folder under the state root: created, swept of what a killed run left, small state files.</summary>
public static class StateFolder
{
    /// <summary>Creates the folder and SIGKILLs every process a previous (killed) run left under it.</summary>
    public static string Claim(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(full);
        ProcessTable.KillUnder(full);
        return full;
    }

    /// <summary>Reads a secret kept in the folder, creating it on first use (owner read/write only).</summary>
    public static string Secret(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        var existing = File.Exists(path) ? File.ReadAllText(path).Trim() : null;
        if (!string.IsNullOrEmpty(existing))
        {
            return existing;
        }

        var secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
        File.WriteAllText(path, secret + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return secret;
    }

    /// <summary>The port this folder's server used last time, when it is free again; else another free one.</summary>
    public static int Port(string directory, string name = "port")
    {
        var path = Path.Combine(directory, name);
        var previous = File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), out var p) ? p : (int?)null;
        var port = PortAllocator.Choose(previous);
        File.WriteAllText(path, port.ToString(CultureInfo.InvariantCulture));
        return port;
    }

    public static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
