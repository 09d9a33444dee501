using CollectionsPlatform.LocalServers;
using Xunit;

namespace CollectionsPlatform.Testing;

/// <summary>
/// Real PostgreSQL, Redis and RabbitMQ from the machine's binaries, started once per test assembly
/// (<c>[assembly: AssemblyFixture(typeof(InfrastructureFixture))]</c>) with the launch knowledge the AppHost's
/// resource types use (<c>CollectionsPlatform.LocalServers</c>), on free loopback ports, state in a temp folder;
/// stopped and deleted at the end.
/// </summary>
public sealed class InfrastructureFixture : IAsyncLifetime
{
    private readonly string root = TestStateRoot.Create();

    public InfrastructureFixture()
    {
        Postgres = new PostgresServer(Path.Combine(root, "postgres"));
        Redis = new RedisServer(Path.Combine(root, "redis"));
        RabbitMq = new RabbitMqServer(Path.Combine(root, "rabbitmq"));
    }

    public PostgresServer Postgres { get; }

    public RedisServer Redis { get; }

    public RabbitMqServer RabbitMq { get; }

    /// <summary>The temp folder holding every server's state (and ProcessTable markers).</summary>
    public string StateDirectory => root;

    /// <summary><c>127.0.0.1:P</c> — share one Redis: prefix your keys per test.</summary>
    public string RedisConnectionString => Redis.ConnectionString;

    /// <summary><c>amqp://guest:guest@127.0.0.1:P</c> (default vhost "/").</summary>
    public string RabbitMqUri => RabbitMq.AmqpUri();

    /// <summary>A new, empty database named <c>{prefix}_{random}</c>; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string namePrefix, CancellationToken cancellationToken = default) =>
        Postgres.CreateDatabaseAsync(UniqueName(namePrefix), cancellationToken);

    /// <summary>A new virtual host named <c>{prefix}_{random}</c>; returns <c>amqp://guest:guest@127.0.0.1:P/{vhost}</c>.</summary>
    public Task<string> CreateVirtualHostAsync(string namePrefix, CancellationToken cancellationToken = default) =>
        RabbitMq.CreateVirtualHostAsync(UniqueName(namePrefix), cancellationToken);

    public Task StopPostgresAsync() => Postgres.StopAsync();

    /// <summary>Starts PostgreSQL again on the same port with the same data (connection strings stay valid).</summary>
    public Task StartPostgresAsync() => Postgres.StartAsync();

    public Task StopRabbitMqAsync() => RabbitMq.StopAsync();

    /// <summary>Starts RabbitMQ again on the same AMQP port with the same node and vhosts.</summary>
    public Task StartRabbitMqAsync() => RabbitMq.StartAsync();

    public Task StopRedisAsync() => Redis.StopAsync();

    public Task StartRedisAsync() => Redis.StartAsync();

    public async ValueTask InitializeAsync()
    {
        TestStateRoot.SweepAbandoned();
        try
        {
            await Task.WhenAll(Postgres.StartAsync(), Redis.StartAsync(), RabbitMq.StartAsync());
        }
        catch
        {
            await StopAllAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAllAsync();
        ProcessTable.KillUnder(root);
        TestStateRoot.Delete(root);
    }

    private Task StopAllAsync() => Task.WhenAll(Postgres.StopAsync(), Redis.StopAsync(), RabbitMq.StopAsync());

    private static string UniqueName(string prefix)
    {
        var clean = new string(prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_').ToArray());
        var head = clean.Length > 40 ? clean[..40] : clean;
        return $"{(head.Length == 0 ? "t" : head)}_{Guid.NewGuid():N}"[..Math.Min(63, head.Length + 13)];
    }
}
