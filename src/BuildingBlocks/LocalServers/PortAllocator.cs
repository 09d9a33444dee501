using System.Net;
using System.Net.Sockets;

namespace CollectionsPlatform.LocalServers;

/// <summary>
/// Chooses free loopback TCP ports for servers: the preferred one when it is free, else a random free one below the
/// kernel's ephemeral range. Ports from that range (what binding port 0 gives) are also handed out as the local side
/// of every outgoing connection, so one chosen there can be taken by a client socket in the seconds before a slow
/// server (RabbitMQ) binds it; below the range only another server can take it.
/// </summary>
public static class PortAllocator
{
    private const int LowestServerPort = 10000;
    private const string EphemeralRangeFile = "/proc/sys/net/ipv4/ip_local_port_range";

    public static int Choose(int? preferred = null) =>
        preferred is > 0 && IsFree(preferred.Value) ? preferred.Value : Unclaimed();

    /// <summary>
    /// The preferred port once it is free, waiting up to <paramref name="patience"/> for a server that was
    /// just killed to release it (so a restart keeps its addresses), else one the kernel picks.
    /// </summary>
    public static async Task<int> ReclaimAsync(int? preferred, TimeSpan patience, CancellationToken cancellationToken = default)
    {
        if (preferred is not > 0)
        {
            return Unclaimed();
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

    private static int Unclaimed()
    {
        var below = FirstEphemeralPort();
        for (var attempt = 0; below - LowestServerPort >= 1000 && attempt < 64; attempt++)
        {
            var port = Random.Shared.Next(LowestServerPort, below);
            if (IsFree(port))
            {
                return port;
            }
        }

        return KernelPicked();
    }

    private static int FirstEphemeralPort()
    {
        try
        {
            var range = File.ReadAllText(EphemeralRangeFile).Split((char[])['\t', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return range.Length > 0 && int.TryParse(range[0], out var low) ? low : 32768;
        }
        catch (IOException)
        {
            return 32768;
        }
        catch (UnauthorizedAccessException)
        {
            return 32768;
        }
    }

    private static int KernelPicked()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
