using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.AppHost.Hosting;

/// <summary>Gives each project its http and grpc ports: last run's ports when free, else new free ones.</summary>
internal static class ProjectPorts
{
    public static void Assign(ProjectResource project, string stateFolder, ISet<int> taken)
    {
        Directory.CreateDirectory(stateFolder);
        var file = Path.Combine(stateFolder, "ports");
        var previous = (StateFiles.ReadText(file) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, out var v) ? v : 0).ToArray();
        project.HttpPort = Take(previous.ElementAtOrDefault(0), taken);
        project.GrpcPort = Take(previous.ElementAtOrDefault(1), taken);
        File.WriteAllText(file, FormattableString.Invariant($"{project.HttpPort} {project.GrpcPort}"));
    }

    private static int Take(int preferred, ISet<int> taken)
    {
        var port = PortAllocator.Choose(taken.Contains(preferred) ? null : preferred);
        while (!taken.Add(port))
        {
            port = PortAllocator.Choose();
        }

        return port;
    }
}
