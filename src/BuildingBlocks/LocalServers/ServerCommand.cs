namespace CollectionsPlatform.LocalServers;

/// <summary>What to run for a server: program, arguments, extra environment, working folder.</summary>
public sealed record ServerCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public string? WorkingDirectory { get; init; }
}
