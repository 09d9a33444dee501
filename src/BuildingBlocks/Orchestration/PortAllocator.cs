using System.Net;
using System.Net.Sockets;

namespace CollectionsPlatform.Orchestration;

/// <summary>Chooses free loopback TCP ports: the preferred one when it is free, else one the kernel picks.</summary>
public static class PortAllocator
{
    public static int Choose(int? preferred = null) =>
        preferred is > 0 && IsFree(preferred.Value) ? preferred.Value : Ephemeral();

    /// <summary>
    /// The preferred port once it is free, waiting up to <paramref name="patience"/> for a server that was
    /// just killed to release it (so a restart keeps its addresses), else one the kernel picks.
    /// </summary>
    public static async Task<int> ReclaimAsync(int? preferred, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        if (preferred is not > 0)
        {
            return Ephemeral();
        }

        var deadline = DateTime.UtcNow + patience;
        while (!IsFree(preferred.Value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, cancellationToken);
        }

        return Choose(preferred);
    }

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int Ephemeral()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
