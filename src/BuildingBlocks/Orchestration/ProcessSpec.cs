namespace CollectionsPlatform.Orchestration;

/// <summary>What to run: program, arguments, working folder, extra environment, and an optional user to run as.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>When set and the current user is root, the command runs through <c>runuser -u</c>.</summary>
    public string? RunAsUser { get; init; }

    internal System.Diagnostics.ProcessStartInfo ToStartInfo(bool newSession)
    {
        var prefix = new List<string>();
        if (newSession)
        {
            prefix.Add("setsid");
        }

        if (RunAsUser is not null && System.Environment.UserName == "root")
        {
            prefix.AddRange(["runuser", "-u", RunAsUser, "--"]);
        }

        var info = new System.Diagnostics.ProcessStartInfo(prefix.Count > 0 ? prefix[0] : FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = WorkingDirectory ?? System.Environment.CurrentDirectory,
        };
        foreach (var arg in prefix.Skip(1).Concat(prefix.Count > 0 ? [FileName] : []).Concat(Arguments))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }
}
