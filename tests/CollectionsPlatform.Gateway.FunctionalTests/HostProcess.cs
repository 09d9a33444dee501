using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>A host (service or gateway) started from its build output with the AppHost's environment contract, two
/// Kestrel endpoints on free ports, its last output lines kept for failure messages; killed on dispose.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private int disposed;

    private HostProcess(Process process, int httpPort, int grpcPort)
    {
        this.process = process;
        HttpAddress = new Uri($"http://127.0.0.1:{httpPort}");
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    public Uri HttpAddress { get; }

    public Uri GrpcAddress { get; }

    public string RecentOutput => string.Join('\n', output);

    /// <summary>Starts <paramref name="project"/> (path under the repository root, e.g. src/Services/Cases) and waits until
    /// <paramref name="readyPath"/> answers 200.</summary>
    public static async Task<HostProcess> StartAsync(string project, IReadOnlyDictionary<string, string> environment, string readyPath)
    {
        var (httpPort, grpcPort) = (PortAllocator.Choose(), PortAllocator.Choose());
        var dll = HostDll(project);
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

        var host = new HostProcess(Process.Start(start)!, httpPort, grpcPort);
        host.process.OutputDataReceived += (_, e) => host.Keep(e.Data);
        host.process.ErrorDataReceived += (_, e) => host.Keep(e.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        await host.WaitReadyAsync(new Uri(host.HttpAddress, readyPath), Path.GetFileName(project));
        return host;
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

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private async Task WaitReadyAsync(Uri ready, string name)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode}:\n{RecentOutput}");
            }

            try
            {
                using var response = await http.GetAsync(ready);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{name} did not become ready within 90 s:\n{RecentOutput}");
    }

    private static string HostDll(string project)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CollectionsPlatform.sln")))
        {
            folder = folder.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var name = Directory.GetFiles(Path.Combine(folder!.FullName, project), "*.csproj").Single();
        return Path.Combine(folder.FullName, project, "bin", configuration, "net10.0", Path.GetFileNameWithoutExtension(name) + ".dll");
    }
}
