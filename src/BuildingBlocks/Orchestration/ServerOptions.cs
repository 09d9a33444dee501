namespace CollectionsPlatform.Orchestration;

/// <summary>Where a server keeps its state and how it runs.</summary>
/// <param name="StateDirectory">The server's own folder (data, logs, pid files, sockets).</param>
public sealed record ServerOptions(string StateDirectory)
{
    /// <summary>Used when free; else the port of the previous run when free; else any free port.</summary>
    public int? PreferredPort { get; init; }

    /// <summary>False for throwaway test servers: PostgreSQL runs with fsync=off.</summary>
    public bool Durable { get; init; } = true;

    /// <summary>Overrides the folder holding the server's binaries.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Receives each line the server writes to stdout/stderr.</summary>
    public Action<string>? Output { get; init; }

    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(180);
}
