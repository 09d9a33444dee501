namespace CollectionsPlatform.Orchestration;

/// <summary>Starts servers side by side; if one fails, stops every one of them and rethrows.</summary>
public static class ServerGroup
{
    public static async Task StartAsync(IReadOnlyList<IInfrastructureServer> servers, CancellationToken cancellationToken = default)
    {
        var starts = servers.Select(s => s.StartAsync(cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        catch
        {
            await StopAsync(servers);
            var first = starts.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!).FirstOrDefault();
            if (first is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
            }

            throw;
        }
    }

    public static Task StopAsync(IEnumerable<IInfrastructureServer> servers) =>
        Task.WhenAll(servers.Select(s => s.StopAsync(CancellationToken.None)));
}
