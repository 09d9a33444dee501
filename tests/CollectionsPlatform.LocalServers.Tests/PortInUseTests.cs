using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.LocalServers.Tests;

public sealed class PortInUseTests
{
    [Fact]
    public async Task A_server_whose_previous_port_is_taken_starts_on_another_and_answers()
    {
        using var scratch = new ScratchFolder();
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var busy = ((IPEndPoint)squatter.LocalEndpoint).Port;
        Directory.CreateDirectory(scratch.Sub("redis"));
        await File.WriteAllTextAsync(Path.Combine(scratch.Sub("redis"), "port"), busy.ToString(CultureInfo.InvariantCulture), TestContext.Current.CancellationToken);
        var redis = new RedisServer(scratch.Sub("redis"));

        await redis.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            redis.Port.ShouldNotBe(busy);
            (await redis.IsHealthyAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        }
        finally
        {
            await redis.StopAsync();
        }
    }
}
