using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CollectionsPlatform.Orchestration;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

/// <summary>One service host started from its built dll with the given environment, ready when /health answers 200.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process process;

    private HostProcess(Process process, int httpPort, int grpcPort)
    {
        this.process = process;
        HttpPort = httpPort;
        GrpcPort = grpcPort;
    }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public string GrpcAddress => $"http://127.0.0.1:{GrpcPort}";

    public static async Task<HostProcess> StartAsync(string service, IReadOnlyDictionary<string, string> environment)
    {
        var (httpPort, grpcPort) = (PortAllocator.Choose(), PortAllocator.Choose());
        var start = new ProcessStartInfo("dotnet", [HostDll(service)]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        start.Environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{grpcPort}";
        start.Environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new HostProcess(process, httpPort, grpcPort);
        await host.WaitReadyAsync(service);
        return host;
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

    private async Task WaitReadyAsync(string service)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The {service} host exited with code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync(new Uri($"http://127.0.0.1:{HttpPort}/health"))).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The {service} host did not become ready within 90 s.");
    }

    private static string HostDll(string service)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CollectionsPlatform.sln")))
            folder = folder.Parent;
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(folder!.FullName, $"src/Services/{service}/bin", configuration, $"net10.0/CollectionsPlatform.{service}.dll");
    }
}
