namespace CollectionsPlatform.Orchestration.Tests;

/// <summary>A temp folder for one test's server state, deleted (and its processes killed) on dispose.</summary>
public sealed class ScratchFolder : IAsyncDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("collections-orchestration-").FullName;

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public async ValueTask DisposeAsync()
    {
        await ProcessTable.KillUnderAsync(Path);
        Directory.Delete(Path, recursive: true);
    }
}
