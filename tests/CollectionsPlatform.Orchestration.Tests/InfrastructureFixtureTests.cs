using CollectionsPlatform.Testing;
using Npgsql;

[assembly: AssemblyFixture(typeof(InfrastructureFixture))]

namespace CollectionsPlatform.Orchestration.Tests;

public sealed class InfrastructureFixtureTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Each_call_gets_its_own_empty_database()
    {
        var first = await infrastructure.CreateDatabaseAsync("cases", TestContext.Current.CancellationToken);
        var second = await infrastructure.CreateDatabaseAsync("cases", TestContext.Current.CancellationToken);

        first.ShouldNotBe(second);
        await using var connection = new NpgsqlConnection(first);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        (await count.ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(0L);
    }

    [Fact]
    public async Task A_virtual_host_is_created_and_the_broker_answers_after_a_restart()
    {
        var uri = await infrastructure.CreateVirtualHostAsync("bus", TestContext.Current.CancellationToken);
        var port = infrastructure.RabbitMq.Port;

        await infrastructure.StopRabbitMqAsync();
        (await infrastructure.RabbitMq.IsHealthyAsync(TestContext.Current.CancellationToken)).ShouldBeFalse();
        await infrastructure.StartRabbitMqAsync();

        uri.ShouldStartWith($"amqp://guest:guest@127.0.0.1:{port}/bus_");
        infrastructure.RabbitMq.Port.ShouldBe(port);
        var vhosts = await infrastructure.RabbitMq.CtlAsync(["list_vhosts", "name"], TestContext.Current.CancellationToken);
        vhosts.Output.ShouldContain(new Uri(uri).AbsolutePath.TrimStart('/'));
    }

    [Fact]
    public async Task Postgres_stopped_then_started_keeps_its_port_and_data()
    {
        var connectionString = await infrastructure.CreateDatabaseAsync("restart", TestContext.Current.CancellationToken);
        await using (var connection = new NpgsqlConnection(connectionString + ";Pooling=false"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await new NpgsqlCommand("CREATE TABLE marker (id int)", connection).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await infrastructure.StopPostgresAsync();
        await infrastructure.StartPostgresAsync();

        await using var again = new NpgsqlConnection(connectionString + ";Pooling=false");
        await again.OpenAsync(TestContext.Current.CancellationToken);
        (await new NpgsqlCommand("SELECT count(*) FROM marker", again).ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(0L);
    }
}
