namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>The machine's 1/5/15-minute load averages (other builds share this machine).</summary>
internal static class Load
{
    public static string Read() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
