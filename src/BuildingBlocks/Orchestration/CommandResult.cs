namespace CollectionsPlatform.Orchestration;

/// <summary>Exit code and combined output of a short command.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;
}
