using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using CollectionsPlatform.LocalServers;

namespace CollectionsPlatform.Testing;

/// <summary>A built host (service or gateway) started as a child process with the AppHost's environment contract: two
/// Kestrel endpoints on free ports (http, and grpc over h2c), its last output lines kept for failure messages; killed
/// on dispose.</summary>
public sealed class ServiceHostProcess : IAsyncDisposable
{
    private const int KeptLines = 200;
    private static readonly TimeSpan ReadyWithin = TimeSpan.FromSeconds(90);

    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly Action<string>? echo;
    private int disposed;

    private ServiceHostProcess(Process process, int httpPort, int grpcPort, Action<string>? echo)
    {
        this.process = process;
        this.echo = echo;
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    public Uri HttpAddress { get; }

    public Uri GrpcAddress { get; }

    public string RecentOutput => string.Join('\n', output);

    /// <summary>Starts <paramref name="project"/> (a folder under the repository root, e.g. src/Services/Cases) and, unless
    /// <paramref name="readyPath"/> is null, waits until it answers 200 there. <paramref name="echo"/> sees every output line.</summary>
    public static Task<ServiceHostProcess> StartAsync(
        string project, IReadOnlyDictionary<string, string> environment, string? readyPath = "/health", Action<string>? echo = null,
        CancellationToken cancellationToken = default) =>
        StartDllAsync(BuiltProject.Dll(project), environment, readyPath, echo, cancellationToken);

    /// <summary>As <see cref="StartAsync"/>, for a dll given by path.</summary>
    public static async Task<ServiceHostProcess> StartDllAsync(
        string dll, IReadOnlyDictionary<string, string> environment, string? readyPath = "/health", Action<string>? echo = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var (httpPort, grpcPort) = (PortAllocator.Choose(), PortAllocator.Choose());
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{grpcPort}";
        start.Environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var name = Path.GetFileNameWithoutExtension(dll);
        var host = new ServiceHostProcess(Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start"), httpPort, grpcPort, echo);
        host.process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        try
        {
            if (readyPath is not null)
            {
                await host.WaitReadyAsync(new Uri(host.HttpAddress, readyPath), name, cancellationToken);
            }

            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        echo?.Invoke(line);
        output.Enqueue(line);
        while (output.Count > KeptLines && output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitReadyAsync(Uri ready, string name, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + ReadyWithin;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode}:\n{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync(ready, cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // not listening yet
            }

            await Task.Delay(200, cancellationToken);
        }

        throw new TimeoutException($"{name} did not become ready within {ReadyWithin.TotalSeconds:0} s:\n{RecentOutput}");
    }
}
