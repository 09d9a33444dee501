namespace CollectionsPlatform.Orchestration;

/// <summary>Reads the last lines of log files, for error messages and the resources page.</summary>
public static class LogTail
{
    public static string Read(string path, int lines = 20) => string.Join(Environment.NewLine, ReadLines(path, lines));

    public static IReadOnlyList<string> ReadLines(string path, int lines)
    {
        if (!File.Exists(path))
        {
            return [$"(no log at {path})"];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        const int window = 64 * 1024;
        if (stream.Length > window)
        {
            stream.Seek(-window, SeekOrigin.End);
        }

        using var reader = new StreamReader(stream);
        var all = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return all.Skip(Math.Max(0, all.Length - lines)).Select(l => l.TrimEnd('\r')).ToList();
    }

    public static string ReadAll(IEnumerable<string> paths, int lines = 20) =>
        string.Join(Environment.NewLine, paths.Where(File.Exists).Select(p => $"[{Path.GetFileName(p)}]{Environment.NewLine}{Read(p, lines)}"));
}
