using Collections.Cases.V1;
using Grpc.Core;
using Grpc.Health.V1;
using Npgsql;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>
/// Transient database failures under a running Cases host, through its real gRPC endpoint: a stopped PostgreSQL
/// answers UNAVAILABLE (nothing committed, retry-safe), a connection lost during COMMIT answers UNKNOWN (the outcome is
/// unknown); neither carries exception text, both are logged as warnings, and a retry with the same request_id then
/// applies the change once.
/// </summary>
public sealed class DatabaseOutageTests(OutageHost host) : IClassFixture<OutageHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calls_while_the_database_is_down_answer_unavailable_and_a_retry_after_it_returns_succeeds_once()
    {
        var existing = await host.Cases.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()), cancellationToken: Cancellation);
        var create = CaseRequests.Create(CaseRequests.NewAccount(), requestId: "outage-" + Guid.NewGuid().ToString("N"));

        await host.Infrastructure.StopPostgresAsync();
        var read = await Should.ThrowAsync<RpcException>(async () =>
            await host.Cases.GetCaseAsync(new GetCaseRequest { Name = existing.Name }, cancellationToken: Cancellation));
        var write = await Should.ThrowAsync<RpcException>(async () => await host.Cases.CreateCaseAsync(create, cancellationToken: Cancellation));
        var health = await host.Health.CheckAsync(new HealthCheckRequest(), cancellationToken: Cancellation);
        await host.Infrastructure.StartPostgresAsync();

        foreach (var error in new[] { read, write })
        {
            error.StatusCode.ShouldBe(StatusCode.Unavailable);
            error.Reason().ShouldBe("DATABASE_UNAVAILABLE");
            error.Status.Detail.ShouldNotContain("Exception");
        }

        health.Status.ShouldBe(ServingStatus.NotServing);
        var created = await RetryWhileUnavailableAsync(() => host.Cases.CreateCaseAsync(create, cancellationToken: Cancellation).ResponseAsync);
        var replayed = await host.Cases.CreateCaseAsync(create, cancellationToken: Cancellation);
        var serving = await host.Health.CheckAsync(new HealthCheckRequest { Service = "collections.cases.v1.CaseService" }, cancellationToken: Cancellation);
        replayed.Name.ShouldBe(created.Name);
        serving.Status.ShouldBe(ServingStatus.Serving);
        host.Log.ShouldContain("answered UNAVAILABLE: transient database failure");
        host.Log.ShouldNotContain("Exception was thrown by handler");
    }

    [Fact]
    public async Task A_connection_lost_during_commit_answers_unknown_and_the_retry_applies_the_change_once()
    {
        var requestId = "commit-fails-" + Guid.NewGuid().ToString("N");
        var create = CaseRequests.Create(CaseRequests.NewAccount(), requestId: requestId);
        await PlantAsync($"""
            CREATE OR REPLACE FUNCTION end_own_connection() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NULL; END $$;
            CREATE CONSTRAINT TRIGGER ends_connection_at_commit AFTER INSERT ON case_requests
              DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW."RequestId" = '{requestId}')
              EXECUTE FUNCTION end_own_connection();
            """);

        var error = await Should.ThrowAsync<RpcException>(async () => await host.Cases.CreateCaseAsync(create, cancellationToken: Cancellation));
        await PlantAsync("DROP TRIGGER ends_connection_at_commit ON case_requests;");

        error.StatusCode.ShouldBe(StatusCode.Unknown);
        error.Reason().ShouldBe("DATABASE_OUTCOME_UNKNOWN");
        error.Status.Detail.ShouldNotContain("Exception");
        var created = await RetryWhileUnavailableAsync(() => host.Cases.CreateCaseAsync(create, cancellationToken: Cancellation).ResponseAsync);
        var replayed = await host.Cases.CreateCaseAsync(create, cancellationToken: Cancellation);
        replayed.Name.ShouldBe(created.Name);
        host.Log.ShouldContain("answered UNKNOWN: transient database failure");
    }

    private async Task PlantAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(host.Database);
        await connection.OpenAsync(Cancellation);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Cancellation);
    }

    private static async Task<T> RetryWhileUnavailableAsync<T>(Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (RpcException error) when (error.StatusCode == StatusCode.Unavailable && attempt < 60)
            {
                await Task.Delay(500, Cancellation);
            }
        }
    }
}
