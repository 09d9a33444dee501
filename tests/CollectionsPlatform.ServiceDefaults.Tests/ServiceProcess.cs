using System.Diagnostics;
using System.Net.Sockets;
using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>A built service started as a child process with the AppHost's environment contract; killed on dispose.</summary>
internal sealed class ServiceProcess(Process process, Uri httpAddress) : IAsyncDisposable
{
    public HttpClient Client { get; } = new() { BaseAddress = httpAddress };

    public static ServiceProcess Start(string service, IReadOnlyDictionary<string, string> environment)
    {
        var (httpPort, grpcPort) = (PortAllocator.Choose(), PortAllocator.Choose());
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, $"CollectionsPlatform.{service}.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{grpcPort}";
        start.Environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{service} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(process, new Uri($"http://127.0.0.1:{httpPort}"));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
