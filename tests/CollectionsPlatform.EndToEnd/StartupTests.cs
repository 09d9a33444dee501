using Aspire.Hosting.ApplicationModel;

namespace CollectionsPlatform.EndToEnd;

/// <summary>What an SRE sees on the dashboard after <c>run.sh</c>: every resource up, the one-shots done.</summary>
public sealed class StartupTests(PlatformFixture platform)
{
    [Fact]
    public void Every_server_database_and_service_is_running_and_healthy()
    {
        foreach (var name in PlatformFixture.Servers.Concat(PlatformFixture.Databases).Concat(PlatformFixture.Projects))
        {
            platform.App.ResourceNotifications.TryGetCurrentState(name, out var current).ShouldBeTrue(name);
            current!.Snapshot.State?.Text.ShouldBe(KnownResourceStates.Running, name);
            current.Snapshot.HealthStatus.ShouldBe(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, name);
        }
    }

    [Fact]
    public async Task Initdb_and_the_demo_seeder_run_once_and_finish_cleanly()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        foreach (var name in new[] { "postgres-init", "demo-seeder" })
        {
            var finished = await platform.App.ResourceNotifications.WaitForResourceAsync(
                name, e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);
            finished.Snapshot.State?.Text.ShouldBe(KnownResourceStates.Finished, name);
            finished.Snapshot.ExitCode.ShouldBe(0, name);
        }

        using var cases = await platform.Gateway.GetAsync("/api/v1/cases?pageSize=1", TestContext.Current.CancellationToken);
        var body = await cases.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        ((int)cases.StatusCode).ShouldBe(200, body);
        body.ShouldContain("DEMO-", customMessage: "the seeded demo portfolio is listed through the gateway");
    }
}
