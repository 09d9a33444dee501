using System.Net;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>Stops and starts the shared PostgreSQL and Redis: the tests of this class run one after another.</summary>
[Collection(InfrastructureOutages.Name)]
public sealed class ReadinessTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task Host_started_while_postgres_is_down_is_alive_but_not_ready_and_becomes_ready_once_it_has_migrated()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("readiness_start", ct);
        await infrastructure.StopPostgresAsync();
        try
        {
            await using var host = await ServiceHost.StartAsync(database, ct);

            (await Health.GetAsync(host.Client, "/alive", ct)).ShouldBe(HttpStatusCode.OK);
            (await Health.GetAsync(host.Client, "/health", ct)).ShouldBe(HttpStatusCode.ServiceUnavailable);

            await infrastructure.StartPostgresAsync();
            await Health.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct);
            (await Tables.InAsync(database, ct)).ShouldContain("__EFMigrationsHistory", "ready only once migrated");
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
        await using var host = await ServiceHost.StartAsync(database, ct);
        await Health.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct);

        await infrastructure.StopPostgresAsync();
        try
        {
            await Health.WaitForAsync(host.Client, "/health", HttpStatusCode.ServiceUnavailable, ct);
            (await Health.GetAsync(host.Client, "/alive", ct)).ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await EnsurePostgresRunningAsync();
        }

        await Health.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct);
    }

    [Fact]
    public async Task A_host_given_a_redis_connection_string_but_no_redis_feature_stays_ready_while_redis_is_down()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await infrastructure.CreateDatabaseAsync("readiness_redis", ct);
        await using var host = await ServiceHost.StartAsync(database, ct, KeyValuePair.Create<string, string?>("ConnectionStrings:redis", infrastructure.RedisConnectionString));
        await Health.WaitForAsync(host.Client, "/health", HttpStatusCode.OK, ct);

        await infrastructure.StopRedisAsync();
        try
        {
            // the old defaults added a Redis client (and its readiness check) whenever ConnectionStrings:redis was set
            for (var probe = 0; probe < 5; probe++)
            {
                (await Health.GetAsync(host.Client, "/health", ct)).ShouldBe(HttpStatusCode.OK);
                await Task.Delay(200, ct);
            }
        }
        finally
        {
            await infrastructure.StartRedisAsync();
        }
    }

    private async Task EnsurePostgresRunningAsync()
    {
        if (!infrastructure.Postgres.IsRunning)
        {
            await infrastructure.StartPostgresAsync();
        }
    }
}
