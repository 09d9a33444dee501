using System.Diagnostics;

namespace CollectionsPlatform.Orchestration;

/// <summary>
/// A long-running child in its own session and process group (setsid), so Ctrl+C in the terminal reaches
/// only the orchestrator, which then stops the whole group. Output goes line by line to a log file and an
/// optional callback.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Action<string>? onLine;
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool disposed;

    private ChildProcess(ProcessSpec spec, string logPath, Action<string>? onLine)
    {
        this.onLine = onLine;
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        log = new StreamWriter(new FileStream(logPath, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        process = new Process { StartInfo = spec.ToStartInfo(newSession: true), EnableRaisingEvents = true };
        process.Exited += (_, _) => exited.TrySetResult();
        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
    }

    public int Id { get; private set; }

    public bool HasExited => exited.Task.IsCompleted;

    public Task Exited => exited.Task;

    public int? ExitCode => HasExited ? process.ExitCode : null;

    public static ChildProcess Start(ProcessSpec spec, string logPath, Action<string>? onLine = null)
    {
        var child = new ChildProcess(spec, logPath, onLine);
        child.log.WriteLine($"--- {DateTimeOffset.UtcNow:O} starting {ShortCommand.Describe(spec)}");
        child.process.Start();
        child.Id = child.process.Id;
        child.process.StandardInput.Close();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>SIGTERM to the process group, then SIGKILL after the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!HasExited)
        {
            UnixSignals.SendToGroup(Id, UnixSignals.Terminate);
            if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
            {
                UnixSignals.SendToGroup(Id, UnixSignals.Kill);
                await Exited.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        // children that outlived the group leader
        UnixSignals.SendToGroup(Id, UnixSignals.Kill);
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await StopAsync(TimeSpan.FromSeconds(5));
        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }

        onLine?.Invoke(line);
    }
}
