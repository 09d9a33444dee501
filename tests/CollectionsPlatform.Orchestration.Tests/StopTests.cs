namespace CollectionsPlatform.Orchestration.Tests;

public sealed class StopTests
{
    [Fact]
    public async Task Stopping_postgres_and_redis_leaves_no_process_and_frees_the_ports()
    {
        await using var scratch = new ScratchFolder();
        var postgres = new PostgresServer(new ServerOptions(scratch.Sub("postgres")) { Durable = false });
        var redis = new RedisServer(new ServerOptions(scratch.Sub("redis")));
        await ServerGroup.StartAsync([postgres, redis], TestContext.Current.CancellationToken);
        ProcessTable.FindUnder(scratch.Path).ShouldNotBeEmpty();

        await ServerGroup.StopAsync([postgres, redis]);

        ProcessTable.FindUnder(scratch.Path).ShouldBeEmpty();
        PortAllocator.IsFree(postgres.Port).ShouldBeTrue();
        PortAllocator.IsFree(redis.Port).ShouldBeTrue();
    }

    [Fact]
    public async Task A_server_that_fails_to_start_reports_its_log_tail_and_the_others_are_stopped()
    {
        await using var scratch = new ScratchFolder();
        var fakeBin = Directory.CreateDirectory(scratch.Sub("bin")).FullName;
        var fake = Path.Combine(fakeBin, "redis-server");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\necho 'cannot bind: simulated failure'\nexit 1\n", TestContext.Current.CancellationToken);
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.UserWrite);
        var postgres = new PostgresServer(new ServerOptions(scratch.Sub("postgres")) { Durable = false });
        var redis = new RedisServer(new ServerOptions(scratch.Sub("redis")) { BinDirectory = fakeBin });

        var error = await Should.ThrowAsync<ServerStartException>(() => ServerGroup.StartAsync([postgres, redis], TestContext.Current.CancellationToken));

        error.Server.ShouldBe("redis");
        error.Message.ShouldContain("cannot bind: simulated failure");
        postgres.IsRunning.ShouldBeFalse();
        ProcessTable.FindUnder(scratch.Path).ShouldBeEmpty();
    }
}
