using System.Diagnostics;
using System.Text;

namespace CollectionsPlatform.Orchestration;

/// <summary>Runs a command to completion (initdb, pg_ctl, rabbitmqctl) and returns its output.</summary>
public static class ShortCommand
{
    public static async Task<CommandResult> RunAsync(ProcessSpec spec, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var output = new StringBuilder();
        using var process = new Process { StartInfo = spec.ToStartInfo(newSession: true), EnableRaisingEvents = true };
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.Exited += (_, _) => exited.TrySetResult();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await exited.Task.WaitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            UnixSignals.SendToGroup(process.Id, UnixSignals.Kill);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            return new CommandResult(-1, $"{Describe(spec)} timed out after {timeout.TotalSeconds:0} s{Environment.NewLine}{Snapshot(output)}");
        }

        // a daemonised grandchild may keep the pipes open: give the reader a moment, then move on
        await Task.WhenAny(Task.Run(() => process.WaitForExit(), CancellationToken.None), Task.Delay(500, CancellationToken.None));
        return new CommandResult(process.ExitCode, Snapshot(output));
    }

    public static string Describe(ProcessSpec spec) => $"{Path.GetFileName(spec.FileName)} {string.Join(' ', spec.Arguments)}";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().TrimEnd();
        }
    }
}
