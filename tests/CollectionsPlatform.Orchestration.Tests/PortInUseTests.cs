using System.Net;
using System.Net.Sockets;

namespace CollectionsPlatform.Orchestration.Tests;

public sealed class PortInUseTests
{
    [Fact]
    public async Task Redis_on_a_busy_preferred_port_starts_on_another_port()
    {
        await using var scratch = new ScratchFolder();
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var busy = ((IPEndPoint)squatter.LocalEndpoint).Port;
        await using var redis = new RedisServer(new ServerOptions(scratch.Sub("redis")) { PreferredPort = busy });

        await redis.StartAsync(TestContext.Current.CancellationToken);

        redis.Port.ShouldNotBe(busy);
        (await redis.IsHealthyAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task Postgres_on_a_busy_preferred_port_starts_on_another_port_and_creates_databases()
    {
        await using var scratch = new ScratchFolder();
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var busy = ((IPEndPoint)squatter.LocalEndpoint).Port;
        await using var postgres = new PostgresServer(new ServerOptions(scratch.Sub("postgres")) { PreferredPort = busy, Durable = false });

        await postgres.StartAsync(TestContext.Current.CancellationToken);
        var connectionString = await postgres.CreateDatabaseAsync("casesdb", TestContext.Current.CancellationToken);

        postgres.Port.ShouldNotBe(busy);
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        connection.Database.ShouldBe("casesdb");
    }
}
