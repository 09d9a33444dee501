using System.Diagnostics;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>
/// The TestHost consumer as a real child process (same runtime and dependencies as this test
/// assembly), so it can be killed with SIGKILL.
/// </summary>
internal sealed class ConsumerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ConsumerProcess(Process process) => this.process = process;

    public static ConsumerProcess Start(LedgerScenario scenario, int effectDelayMs)
    {
        var baseDirectory = AppContext.BaseDirectory;
        var testAssembly = Path.Combine(baseDirectory, "CollectionsPlatform.Messaging.FunctionalTests");
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = false,
            RedirectStandardError = false,
        };
        foreach (var argument in new[]
                 {
                     "exec", "--runtimeconfig", testAssembly + ".runtimeconfig.json", "--depsfile", testAssembly + ".deps.json",
                     Path.Combine(baseDirectory, "CollectionsPlatform.Messaging.TestHost.dll"),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ConnectionStrings__ledgerdb"] = scenario.LedgerConnectionString;
        start.Environment["ConnectionStrings__eventbus"] = scenario.BrokerUri;
        start.Environment["Ledger__EffectDelayMs"] = effectDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        return new ConsumerProcess(Process.Start(start) ?? throw new InvalidOperationException("The consumer process did not start."));
    }

    public bool HasExited => process.HasExited;

    /// <summary>SIGKILL: no shutdown hooks, no acknowledgements, no commits.</summary>
    public async Task KillAsync()
    {
        UnixSignals.Send(process.Id, UnixSignals.Kill);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>SIGTERM, so the host finishes in-flight messages.</summary>
    public async Task StopAsync()
    {
        UnixSignals.Send(process.Id, UnixSignals.Terminate);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.Dispose();
    }
}
