using System.Net;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>Stops and starts the shared PostgreSQL and Redis: the tests of this class run one after another.</summary>
[Collection(InfrastructureOutages.Name)]
public sealed class ReadinessTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Host_started_while_postgres_is_down_is_alive_but_not_ready_and_becomes_ready_when_it_returns()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("readiness_start", ct);
        await infrastructure.StopPostgresAsync();
        try
        {
            await using var host = await ServiceHost.StartAsync(database, infrastructure.RedisConnectionString, ct);

            (await HealthBody.GetAsync(host.Client, "/alive", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var notReady = await HealthBody.GetAsync(host.Client, "/health", ct);
            notReady.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            notReady.StatusOf("probedb").ShouldBe("Unhealthy");
            notReady.StatusOf("redis").ShouldBe("Healthy");

            await infrastructure.StartPostgresAsync();
            var ready = await HealthBody.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct);
            ready.StatusOf("probedb").ShouldBe("Healthy");
        }
        finally
        {
            await EnsurePostgresRunningAsync();
        }
    }

    [Fact]
    public async Task Ready_host_reports_not_ready_while_postgres_is_down_and_recovers_on_its_own()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("readiness_outage", ct);
        await using var host = await ServiceHost.StartAsync(database, infrastructure.RedisConnectionString, ct);
        await HealthBody.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct);

        await infrastructure.StopPostgresAsync();
        try
        {
            var down = await HealthBody.GetAsync(host.Client, "/health", ct);
            down.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            down.StatusOf("probedb").ShouldBe("Unhealthy");
            (await HealthBody.GetAsync(host.Client, "/alive", ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await EnsurePostgresRunningAsync();
        }

        (await HealthBody.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct)).StatusOf("probedb").ShouldBe("Healthy");
    }

    [Fact]
    public async Task Redis_outage_makes_the_host_not_ready_until_redis_returns()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("readiness_redis", ct);
        await using var host = await ServiceHost.StartAsync(database, infrastructure.RedisConnectionString, ct);
        await HealthBody.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct);

        await infrastructure.StopRedisAsync();
        try
        {
            var down = await HealthBody.WaitForAsync(host.Client, "/health", HttpStatusCode.ServiceUnavailable, ct);
            down.StatusOf("redis").ShouldBe("Unhealthy");
            down.StatusOf("probedb").ShouldBe("Healthy");
        }
        finally
        {
            await infrastructure.StartRedisAsync();
        }

        (await HealthBody.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct)).StatusOf("redis").ShouldBe("Healthy");
    }

    private async Task EnsurePostgresRunningAsync()
    {
        if (!infrastructure.Postgres.IsRunning)
        {
            await infrastructure.StartPostgresAsync();
        }
    }
}
