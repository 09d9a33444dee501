using System.Net;
using System.Net.Sockets;

namespace CollectionsPlatform.Orchestration;

/// <summary>Chooses free loopback TCP ports: the preferred one when it is free, else one the kernel picks.</summary>
public static class PortAllocator
{
    public static int Choose(int? preferred = null) =>
        preferred is > 0 && IsFree(preferred.Value) ? preferred.Value : Ephemeral();

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
