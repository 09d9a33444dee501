using System.Collections.Concurrent;
using System.Diagnostics;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.Testing;

/// <summary>
/// A server command (<see cref="ServerCommand"/>, from the launch knowledge the AppHost uses too) run as a child in its
/// own session (setsid), so a stop reaches its whole process group. Keeps the last output lines for failure messages.
/// </summary>
public sealed class ServerProcess
{
    private const int KeptLines = 80;
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(ServerCommand command)
    {
        var start = new ProcessStartInfo("setsid", [command.FileName, .. command.Arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = command.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var (key, value) in command.Environment)
        {
            start.Environment[key] = value;
        }

        process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.Exited += (_, _) => exited.TrySetResult();
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
    }

    public bool HasExited => exited.Task.IsCompleted;

    public int ExitCode => process.ExitCode;

    public string RecentOutput => string.Join('\n', output);

    public static ServerProcess Start(ServerCommand command)
    {
        var server = new ServerProcess(command);
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Runs a short command (initdb, rabbitmqctl) to its end; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(ServerCommand command, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var run = Start(command);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await run.exited.Task.WaitAsync(limit.Token);
            await run.process.WaitForExitAsync(CancellationToken.None);
            return (run.ExitCode, run.RecentOutput);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await run.StopAsync(TimeSpan.Zero);
            return (-1, $"{Path.GetFileName(command.FileName)} timed out after {timeout.TotalSeconds:0} s\n{run.RecentOutput}");
        }
    }

    /// <summary>Polls <paramref name="isReady"/> until it answers; fails with the recent output if the process exits or time runs out.</summary>
    public async Task WaitReadyAsync(string name, Func<CancellationToken, Task<bool>> isReady, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await isReady(cancellationToken))
        {
            if (HasExited || DateTime.UtcNow > deadline)
            {
                var reason = HasExited ? $"exited with code {ExitCode}" : $"not ready after {timeout.TotalSeconds:0} s";
                await StopAsync(TimeSpan.Zero);
                throw new InvalidOperationException($"{name} {reason}:\n{RecentOutput}");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>SIGTERM to the process group, SIGKILL after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!HasExited)
        {
            UnixSignals.SendToGroup(process.Id, UnixSignals.Terminate);
            if (await Task.WhenAny(exited.Task, Task.Delay(grace)) != exited.Task)
            {
                UnixSignals.SendToGroup(process.Id, UnixSignals.Kill);
                await exited.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        UnixSignals.SendToGroup(process.Id, UnixSignals.Kill);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > KeptLines && output.TryDequeue(out _))
        {
        }
    }
}
