using System.Collections.Concurrent;
using Collections.Cases.V1;
using CollectionsPlatform.Testing;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>
/// PostgreSQL stopped under a running Cases host (its own servers, so no other test sees the outage): calls answer
/// UNAVAILABLE with ErrorInfo DATABASE_UNAVAILABLE and no exception text, grpc.health.v1 reports NOT_SERVING, the host
/// logs a warning (not an unhandled error), and once PostgreSQL is back a retry with the same request_id creates the
/// case exactly once.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly InfrastructureFixture infrastructure = new();
    private readonly ConcurrentQueue<string> output = new();
    private ServiceHostProcess? host;
    private GrpcChannel? channel;

    private CaseService.CaseServiceClient Cases => new(channel!);

    private Health.HealthClient Health => new(channel!);

    public async ValueTask InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        host = await ServiceHostProcess.StartAsync("src/Services/Cases", new Dictionary<string, string>
        {
            ["ConnectionStrings__casesdb"] = await infrastructure.CreateDatabaseAsync("cases"),
            ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
            ["ConnectionStrings__eventbus"] = await infrastructure.CreateVirtualHostAsync("cases"),
        }, echo: output.Enqueue);
        channel = GrpcChannel.ForAddress(host.GrpcAddress);
    }

    [Fact]
    public async Task Calls_while_the_database_is_down_answer_unavailable_and_a_retry_after_it_returns_succeeds_once()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var existing = await Cases.CreateCaseAsync(CaseRequests.Create(CaseRequests.NewAccount()), cancellationToken: cancellation);
        var create = CaseRequests.Create(CaseRequests.NewAccount(), requestId: "outage-" + Guid.NewGuid().ToString("N"));

        await infrastructure.StopPostgresAsync();
        var read = await Should.ThrowAsync<RpcException>(async () =>
            await Cases.GetCaseAsync(new GetCaseRequest { Name = existing.Name }, cancellationToken: cancellation));
        var write = await Should.ThrowAsync<RpcException>(async () => await Cases.CreateCaseAsync(create, cancellationToken: cancellation));
        var health = await Health.CheckAsync(new HealthCheckRequest(), cancellationToken: cancellation);

        foreach (var error in new[] { read, write })
        {
            error.StatusCode.ShouldBe(StatusCode.Unavailable);
            error.Reason().ShouldBe("DATABASE_UNAVAILABLE");
            error.Status.Detail.ShouldNotContain("Exception");
        }

        health.Status.ShouldBe(ServingStatus.NotServing);

        await infrastructure.StartPostgresAsync();
        var created = await RetryWhileUnavailableAsync(() => Cases.CreateCaseAsync(create, cancellationToken: cancellation).ResponseAsync);
        var replayed = await Cases.CreateCaseAsync(create, cancellationToken: cancellation);
        var serving = await Health.CheckAsync(new HealthCheckRequest { Service = "collections.cases.v1.CaseService" }, cancellationToken: cancellation);

        replayed.Name.ShouldBe(created.Name);
        serving.Status.ShouldBe(ServingStatus.Serving);
        var log = string.Join('\n', output);
        log.ShouldContain("answered UNAVAILABLE: transient database failure");
        log.ShouldNotContain("Exception was thrown by handler");
    }

    public async ValueTask DisposeAsync()
    {
        channel?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await infrastructure.DisposeAsync();
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
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }
    }
}
