using Aspire.Hosting.ApplicationModel;
using CollectionsPlatform.LocalServers;
using Microsoft.Extensions.DependencyInjection;

namespace CollectionsPlatform.EndToEnd;

/// <summary>A service killed with SIGKILL: the dashboard shows it exited, the gateway reports not ready, and a restart
/// (the dashboard's command) brings both back, and with them a quote that needs the service behind another one.</summary>
public sealed class CrashRecoveryTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_killed_service_shows_as_exited_its_gateway_goes_unready_and_a_restart_brings_both_back()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(4));
        var notifications = platform.App.ResourceNotifications;
        var service = ServiceProcess("cases");

        UnixSignals.Send(service, UnixSignals.Kill);

        var exited = await notifications.WaitForResourceAsync("cases", e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);
        exited.Snapshot.State?.Text.ShouldBeOneOf(KnownResourceStates.Exited, KnownResourceStates.Finished);
        (await GatewayHealthAsync(timeout.Token)).ShouldNotBe(200, "the gateway is not ready while cases is down");

        var restart = await platform.App.Services.GetRequiredService<ResourceCommandService>()
            .ExecuteCommandAsync("cases", KnownResourceCommands.RestartCommand, timeout.Token);
        restart.Success.ShouldBeTrue(restart.Message);
        await notifications.WaitForResourceHealthyAsync("cases", timeout.Token);
        ServiceProcess("cases").ShouldNotBe(service);
        while (await GatewayHealthAsync(timeout.Token) != 200)
        {
            await Task.Delay(250, timeout.Token);
        }

        // paymentplans reads the case from cases over gRPC: its client must find the restarted service (within 60 s)
        var caseId = await GatewayApi.SeededCaseAsync(platform.Gateway, timeout.Token);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int quoted;
        do
        {
            using var quote = await GatewayApi.QuotePlansAsync(platform.Gateway, caseId, traceparent: null, timeout.Token);
            quoted = (int)quote.StatusCode;
        }
        while (quoted != 200 && DateTime.UtcNow < deadline && await Pause(timeout.Token));
        quoted.ShouldBe(200, "a plan quote (gateway -> paymentplans -> cases) works again after cases restarted");
    }

    private static async Task<bool> Pause(CancellationToken ct)
    {
        await Task.Delay(500, ct);
        return true;
    }

    /// <summary>The service itself (not its <c>dotnet run</c> wrapper): the process under its state marker that runs its build output.</summary>
    private int ServiceProcess(string name) =>
        ProcessTable.FindUnder(Path.Combine(platform.StateDirectory, name))
            .Single(pid => ProcessTable.CommandLine(pid) is var command && command.Contains("/bin/", StringComparison.Ordinal) && !command.Contains(" run ", StringComparison.Ordinal));

    private async Task<int> GatewayHealthAsync(CancellationToken ct)
    {
        using var response = await platform.Gateway.GetAsync("/health", ct);
        return (int)response.StatusCode;
    }
}
