using System.Collections.Concurrent;
using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>
/// SIGKILLs the targets in rotation while a round's payments flow: the k-th of a round's n kills when k/(n+1) of its
/// payments have been answered, and not before the previous victim is healthy again. The payments themselves may run
/// at most one kill ahead (<see cref="MayStart"/>), so every kill of a round falls while payments are in flight. After a kill it waits for Aspire to
/// show the resource exited and restarts it with the dashboard's restart command (a killed PostgreSQL backend is
/// recovered by the postmaster itself, so for it only readiness is awaited).
/// </summary>
public sealed class Killer(ChaosPlatform platform, IReadOnlyList<KillTarget> rotation)
{
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan HealthyWait = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, int> kills = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> journal = new();
    private int turn;
    private int roundKills;
    private int roundPayments;
    private int issued;

    public IReadOnlyDictionary<string, int> KillsByTarget => kills;

    public int Total => kills.Values.Sum();

    /// <summary>What was killed when, and how it came back, in order.</summary>
    public IEnumerable<string> Journal => journal;

    /// <summary>Sets up a round of <paramref name="payments"/> payments and <paramref name="killCount"/> kills.</summary>
    public void BeginRound(int killCount, int payments)
    {
        roundKills = killCount;
        roundPayments = payments;
        Volatile.Write(ref issued, 0);
    }

    /// <summary>Whether payment <paramref name="index"/> of the round may start: not past the threshold of the kill
    /// after the next one, so the load never outruns the killer.</summary>
    public bool MayStart(int index) =>
        Volatile.Read(ref issued) + 2 > roundKills || index < Threshold(Volatile.Read(ref issued) + 2);

    public async Task RunRoundAsync(Func<int> answered, Task roundDone, CancellationToken cancellationToken)
    {
        var killCount = roundKills;
        for (var k = 1; k <= killCount; k++)
        {
            var threshold = Threshold(k);
            while (answered() < threshold && !roundDone.IsCompleted)
            {
                await Task.Delay(100, cancellationToken);
            }

            if (roundDone.IsCompleted)
            {
                Note($"round ended before kill {k} of {killCount}: {killCount - k + 1} kill(s) not done");
                return;
            }

            var target = rotation[turn++ % rotation.Count];
            var killed = await KillAsync(target, cancellationToken);
            Interlocked.Increment(ref issued);
            if (killed)
            {
                await RecoverAsync(target, cancellationToken);
            }
        }

        Volatile.Write(ref issued, killCount);
    }

    private int Threshold(int kill) => roundPayments * kill / (roundKills + 1);

    /// <summary>SIGKILLs the target's process (waiting up to 10 s for one to exist); false when there was none.</summary>
    private async Task<bool> KillAsync(KillTarget target, CancellationToken cancellationToken)
    {
        var pid = target.Find();
        for (var i = 0; pid is null && i < 20; i++)
        {
            await Task.Delay(500, cancellationToken);
            pid = target.Find();
        }

        if (pid is not { } victim)
        {
            Note($"{target.Label}: no process found, not killed");
            return false;
        }

        UnixSignals.Send(victim, UnixSignals.Kill);
        kills.AddOrUpdate(target.Label, 1, (_, n) => n + 1);
        Note($"SIGKILL {target.Label} (pid {victim})");
        return true;
    }

    private async Task RecoverAsync(KillTarget target, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var restarts = 0;
        if (!target.RecoversByItself)
        {
            restarts = await RestartWhenExitedAsync(target.Resource, cancellationToken);
        }

        await WaitReadyAsync(target, cancellationToken);
        Note($"{target.Label} back after {clock.Elapsed.TotalSeconds:F1} s ({restarts} restart command(s), now {platform.State(target.Resource)})");
    }

    /// <summary>Waits for Aspire to show the resource ended; then restarts it until it runs again (a postmaster whose
    /// orphaned backends still hold its shared memory refuses a first start).</summary>
    private async Task<int> RestartWhenExitedAsync(string resource, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (!IsEnded(resource) && waited.Elapsed < ExitWait)
        {
            await Task.Delay(200, cancellationToken);
        }

        if (!IsEnded(resource))
        {
            Note($"{resource} still shows {platform.State(resource)} {ExitWait.TotalSeconds} s after the kill: not restarted");
            return 0;
        }

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var started = await platform.RestartAsync(resource, cancellationToken);
            await Task.Delay(1000, cancellationToken);
            if (started && !IsEnded(resource))
            {
                return attempt;
            }

            Note($"{resource}: restart {attempt} left it {platform.State(resource)}");
            await Task.Delay(2000, cancellationToken);
        }

        return 5;
    }

    private async Task WaitReadyAsync(KillTarget target, CancellationToken cancellationToken)
    {
        using var healthy = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        healthy.CancelAfter(HealthyWait);
        try
        {
            if (target.RecoversByItself)
            {
                // the postmaster ends every backend after one dies and replays the WAL; it takes connections again after that
                await Task.Delay(1000, healthy.Token);
                var cluster = platform.Resource<AppHost.LocalServers.PostgresServerResource>("postgres").Cluster;
                while (!await cluster.IsReadyAsync(healthy.Token))
                {
                    await Task.Delay(250, healthy.Token);
                }
            }

            await platform.Notifications.WaitForResourceHealthyAsync(target.Resource, healthy.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Note($"{target.Resource} not healthy within {HealthyWait.TotalSeconds} s of the kill (now {platform.State(target.Resource)})");
        }
    }

    private bool IsEnded(string resource) => KnownResourceStates.TerminalStates.Contains(platform.State(resource));

    private void Note(string line)
    {
        var stamped = $"{DateTime.UtcNow:HH:mm:ss.fff} {line}";
        journal.Enqueue(stamped);
        Console.WriteLine(stamped);
    }
}
