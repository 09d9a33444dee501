using CollectionsPlatform.Testing;
using Npgsql;

namespace CollectionsPlatform.LocalServers.Tests;

/// <summary>What a SIGKILLed AppHost leaves (a postmaster without its wrapper, postmaster.pid, epmd, beam) does not stop
/// the next start: Prepare ends the leftovers and the servers come up on their data.</summary>
public sealed class StaleStateTests
{
    [Fact]
    public async Task Postgres_left_running_by_a_killed_run_is_ended_and_the_cluster_starts_again_with_its_data()
    {
        using var scratch = new ScratchFolder();
        var first = new PostgresServer(scratch.Sub("postgres"));
        await first.StartAsync(TestContext.Current.CancellationToken);
        var connectionString = await first.CreateDatabaseAsync("kept", TestContext.Current.CancellationToken);
        await using (var connection = new NpgsqlConnection(connectionString + ";Pooling=false"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            // test clusters run with synchronous_commit=off: a commit may still sit in WAL buffers when the processes are
            // killed; this one must reach the OS first, as every commit does in the AppHost's durable cluster
            await new NpgsqlCommand("SET synchronous_commit = on; CREATE TABLE marker (id int)", connection).ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var orphans = ProcessTable.FindUnder(scratch.Sub("postgres"));
        orphans.ShouldNotBeEmpty();
        File.Exists(Path.Combine(scratch.Sub("postgres"), "data", "postmaster.pid")).ShouldBeTrue();

        var second = new PostgresServer(scratch.Sub("postgres"));
        await second.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            orphans.Where(UnixSignals.IsAlive).ShouldBeEmpty("the previous run's postmaster and backends are ended");
            await using var again = new NpgsqlConnection(connectionString.Replace($"Port={first.Port}", $"Port={second.Port}", StringComparison.Ordinal) + ";Pooling=false");
            await again.OpenAsync(TestContext.Current.CancellationToken);
            (await new NpgsqlCommand("SELECT count(*) FROM marker", again).ExecuteScalarAsync(TestContext.Current.CancellationToken)).ShouldBe(0L);
        }
        finally
        {
            await second.StopAsync();
        }
    }

    [Fact]
    public async Task A_broker_and_epmd_left_running_by_a_killed_run_are_ended_and_the_node_starts_again()
    {
        using var scratch = new ScratchFolder();
        var first = new RabbitMqServer(scratch.Sub("eventbus"));
        await first.StartAsync(TestContext.Current.CancellationToken);
        var orphans = ProcessTable.FindUnder(scratch.Sub("eventbus"));
        orphans.Select(ProcessTable.CommandLine).ShouldContain(c => c.Contains("epmd", StringComparison.Ordinal));

        var second = new RabbitMqServer(scratch.Sub("eventbus"));
        await second.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            orphans.Where(UnixSignals.IsAlive).ShouldBeEmpty("the previous run's beam and epmd are ended");
            (await second.IsHealthyAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
        }
        finally
        {
            await second.StopAsync();
        }
    }
}
