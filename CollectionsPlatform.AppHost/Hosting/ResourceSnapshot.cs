namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>One row of the resources page and of /api/resources.</summary>
public sealed record ResourceSnapshot(
    string Name,
    string Kind,
    string State,
    int? Pid,
    IReadOnlyList<string> Endpoints,
    string Health,
    int Restarts,
    string LogPath,
    IReadOnlyList<string> LastLogLines)
{
    public static ResourceSnapshot Of(Resource resource) => new(
        resource.Name,
        resource.Kind,
        resource.State.ToString(),
        resource.ProcessId,
        resource.Endpoints,
        resource.Health,
        resource.Restarts,
        resource.LogPath,
        Orchestration.LogTail.ReadLines(resource.LogPath, 8));
}
