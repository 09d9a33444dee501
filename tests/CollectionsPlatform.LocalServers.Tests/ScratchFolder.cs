using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.LocalServers.Tests;

/// <summary>A temp state folder whose processes are killed and files deleted at the end.</summary>
public sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("collections-localservers-").FullName;

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        ProcessTable.KillUnder(Path);
        Directory.Delete(Path, recursive: true);
    }
}
