using System.Net.Sockets;

namespace CollectionsPlatform.LocalServers;

/// <summary>Sends a few bytes to a loopback port and checks how the reply starts.</summary>
public static class TcpProbe
{
    public static async Task<bool> AnswersAsync(int port, byte[] request, Func<byte[], int, bool> isReady, CancellationToken cancellationToken)
    {
        if (port == 0)
        {
            return false;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(request, timeout.Token);
            var buffer = new byte[64];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return read > 0 && isReady(buffer, read);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
