namespace CollectionsPlatform.LocalServers;

/// <summary>
/// Finds processes by the <see cref="MarkerVariable"/> environment variable that every server process
/// carries (inherited by grandchildren such as postgres backends, beam.smp and epmd).
/// Servers that rewrite their process title (redis-server, postgres) clobber that memory, so a process
/// whose working folder lies under the state folder counts too (redis --dir, postgres -D, beam).
/// That is how stale processes from a SIGKILLed AppHost or test run are found, and how tests prove nothing is left behind.
/// </summary>
public static class ProcessTable
{
    public const string MarkerVariable = "COLLECTIONS_SERVER_STATE";

    private static readonly HashSet<string> ServerProcessNames = ["redis-server", "postgres", "beam.smp", "epmd", "erl_child_setup", "inet_gethost"];

    /// <summary>Live processes whose marker is <paramref name="stateDirectory"/> or a folder under it.</summary>
    public static IReadOnlyList<int> FindUnder(string stateDirectory)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(stateDirectory));
        var self = Environment.ProcessId;
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == self)
            {
                continue;
            }

            if ((IsUnder(ReadMarker(pid), root) || (IsServer(pid) && IsUnder(ReadWorkingDirectory(pid), root))) && UnixSignals.IsAlive(pid))
            {
                found.Add(pid);
            }
        }

        return found;
    }

    /// <summary>SIGKILLs every live process under the folder and waits (up to 5 s) until they are gone; returns how many there were.</summary>
    public static int KillUnder(string stateDirectory)
    {
        var pids = FindUnder(stateDirectory);
        foreach (var pid in pids)
        {
            UnixSignals.Send(pid, UnixSignals.Kill);
        }

        for (var i = 0; i < 100 && pids.Any(UnixSignals.IsAlive); i++)
        {
            Thread.Sleep(50);
        }

        return pids.Count;
    }

    /// <summary>The environment entry that marks a server process as belonging to <paramref name="stateDirectory"/>.</summary>
    public static IReadOnlyDictionary<string, string> Marker(string stateDirectory) =>
        new Dictionary<string, string> { [MarkerVariable] = stateDirectory };

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static bool IsServer(int pid)
    {
        try
        {
            return ServerProcessNames.Contains(File.ReadAllText($"/proc/{pid}/comm").Trim());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool IsUnder(string? path, string root) =>
        path is not null && (path == root || path.StartsWith(root + "/", StringComparison.Ordinal));

    private static string? ReadWorkingDirectory(int pid)
    {
        try
        {
            return new DirectoryInfo($"/proc/{pid}/cwd").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? ReadMarker(int pid)
    {
        try
        {
            var prefix = MarkerVariable + "=";
            var environ = File.ReadAllText($"/proc/{pid}/environ");
            return environ.Split('\0').FirstOrDefault(e => e.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
