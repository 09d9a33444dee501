namespace CollectionsPlatform.Orchestration.Tests;

public sealed class MissingBinaryTests
{
    public static TheoryData<string, string> Servers => new()
    {
        { "postgres", "postgresql" },
        { "redis", "redis-server" },
        { "rabbitmq", "rabbitmq-server" },
    };

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task A_missing_binary_names_the_apt_package_to_install(string server, string package)
    {
        await using var scratch = new ScratchFolder();
        var options = new ServerOptions(scratch.Sub(server)) { BinDirectory = scratch.Sub("no-such-bin") };
        IInfrastructureServer target = server switch
        {
            "postgres" => new PostgresServer(options),
            "redis" => new RedisServer(options),
            _ => new RabbitMqServer(options),
        };

        var error = await Should.ThrowAsync<MissingPrerequisiteException>(() => target.StartAsync(TestContext.Current.CancellationToken));

        error.AptPackage.ShouldBe(package);
        error.Message.ShouldContain($"apt-get install -y --no-install-recommends {package}");
        ProcessTable.FindUnder(scratch.Path).ShouldBeEmpty();
    }
}
