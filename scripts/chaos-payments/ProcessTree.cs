using System.Globalization;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>The process table from <c>/proc</c>: parents, children, names and process titles.</summary>
public static class ProcessTree
{
    public static IReadOnlyList<int> Children(int pid) =>
        Parents().Where(p => p.Value == pid).Select(p => p.Key).ToList();

    /// <summary>Every live process below <paramref name="pid"/>.</summary>
    public static IReadOnlyList<int> Descendants(int pid)
    {
        var parents = Parents();
        var found = new List<int>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var (child, parent) in parents)
            {
                if (parent == current)
                {
                    found.Add(child);
                    frontier.Enqueue(child);
                }
            }
        }

        return found;
    }

    /// <summary>The executable's short name (<c>/proc/pid/comm</c>), empty when the process is gone.</summary>
    public static string Name(int pid) => Read($"/proc/{pid}/comm").Trim();

    /// <summary>The command line as the process shows it (PostgreSQL backends: <c>postgres: user db host state</c>).</summary>
    public static string Title(int pid) => Read($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();

    private static Dictionary<int, int> Parents()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            var stat = Read($"/proc/{pid}/stat");
            var close = stat.LastIndexOf(')');
            if (close > 0 && int.TryParse(stat[(close + 2)..].Split(' ')[1], CultureInfo.InvariantCulture, out var parent))
            {
                parents[pid] = parent;
            }
        }

        return parents;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
