namespace CollectionsPlatform.Orchestration.Tests;

/// <summary>What a SIGKILLed orchestrator leaves behind: live orphan servers, or dead ones with pid files and sockets.</summary>
public sealed class StaleStateTests
{
    [Fact]
    public async Task Postgres_comes_up_over_an_orphaned_cluster_and_over_a_killed_one()
    {
        await using var scratch = new ScratchFolder();
        var options = new ServerOptions(scratch.Sub("postgres")) { Durable = false };
        var orphaned = new PostgresServer(options);
        await orphaned.StartAsync(TestContext.Current.CancellationToken);
        var orphanPid = orphaned.ProcessId!.Value;

        await using var second = new PostgresServer(options);
        await second.StartAsync(TestContext.Current.CancellationToken);

        UnixSignals.IsAlive(orphanPid).ShouldBeFalse();
        (await second.IsHealthyAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();

        foreach (var pid in ProcessTable.FindUnder(scratch.Path))
        {
            UnixSignals.Send(pid, UnixSignals.Kill);
        }

        File.Exists(Path.Combine(options.StateDirectory, "data", "postmaster.pid")).ShouldBeTrue();
        await using var third = new PostgresServer(options);
        await third.StartAsync(TestContext.Current.CancellationToken);
        (await third.IsHealthyAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task Redis_comes_up_over_an_orphaned_server()
    {
        await using var scratch = new ScratchFolder();
        var options = new ServerOptions(scratch.Sub("redis"));
        var orphaned = new RedisServer(options);
        await orphaned.StartAsync(TestContext.Current.CancellationToken);
        var orphanPid = orphaned.ProcessId!.Value;

        await using var second = new RedisServer(options);
        await second.StartAsync(TestContext.Current.CancellationToken);

        UnixSignals.IsAlive(orphanPid).ShouldBeFalse();
        second.Port.ShouldBe(orphaned.Port);
        (await second.IsHealthyAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();
    }

    [Fact]
    public async Task RabbitMq_comes_up_over_an_orphaned_node_and_stop_leaves_no_process()
    {
        await using var scratch = new ScratchFolder();
        var options = new ServerOptions(scratch.Sub("rabbitmq"));
        var orphaned = new RabbitMqServer(options);
        await orphaned.StartAsync(TestContext.Current.CancellationToken);
        var orphanPids = ProcessTable.FindUnder(scratch.Path);

        var second = new RabbitMqServer(options);
        await second.StartAsync(TestContext.Current.CancellationToken);

        orphanPids.ShouldAllBe(pid => !UnixSignals.IsAlive(pid));
        (await second.IsHealthyAsync(TestContext.Current.CancellationToken)).ShouldBeTrue();

        await second.StopAsync(TestContext.Current.CancellationToken);

        ProcessTable.FindUnder(scratch.Path).ShouldBeEmpty();
        PortAllocator.IsFree(second.Port).ShouldBeTrue();
    }
}
