using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.Benchmarks.Intake;

/// <summary>The real Cases host process (its built dll) on the benchmark's database, Redis and RabbitMQ.</summary>
public sealed class CasesHost(Process process, string grpcAddress) : IAsyncDisposable
{
    public string GrpcAddress { get; } = grpcAddress;

    public static async Task<CasesHost> StartAsync(string database, string redis, string eventBus, IReadOnlyDictionary<string, string> settings)
    {
        var (httpPort, grpcPort) = (PortAllocator.Choose(), PortAllocator.Choose());
        var start = new ProcessStartInfo("dotnet", [HostDll()]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ConnectionStrings__casesdb"] = database;
        start.Environment["ConnectionStrings__redis"] = redis;
        start.Environment["ConnectionStrings__eventbus"] = eventBus;
        start.Environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{grpcPort}";
        start.Environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine($"[cases] {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var deadline = DateTime.UtcNow.AddSeconds(90); DateTime.UtcNow < deadline; await Task.Delay(250))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The Cases host exited with code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{httpPort}/health"))).StatusCode == HttpStatusCode.OK)
                    return new CasesHost(process, $"http://127.0.0.1:{grpcPort}");
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
        }

        throw new TimeoutException("The Cases host did not become ready within 90 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static string HostDll()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CollectionsPlatform.sln")))
            folder = folder.Parent;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(folder!.FullName, "src/Services/Cases/bin", configuration, "net10.0/CollectionsPlatform.Cases.dll");
    }
}
