using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CollectionsPlatform.Orchestration;
using Collections.Cases.V1;
using CollectionsPlatform.Grpc;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>Real servers (PostgreSQL, Redis, RabbitMQ) and the Cases host process started on them, with a gRPC client.</summary>
public sealed class CasesHostFixture : IAsyncLifetime
{
    private readonly InfrastructureFixture infrastructure = new();
    private Process? host;
    private GrpcChannel? channel;

    public CaseService.CaseServiceClient Client { get; private set; } = null!;

    public string EventBusUri { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        var database = await infrastructure.CreateDatabaseAsync("cases");
        EventBusUri = await infrastructure.CreateVirtualHostAsync("cases");
        var (httpPort, grpcPort) = (PortAllocator.Choose(), PortAllocator.Choose());
        var start = new ProcessStartInfo("dotnet", [HostDll()]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ConnectionStrings__casesdb"] = database;
        start.Environment["ConnectionStrings__redis"] = infrastructure.RedisConnectionString;
        start.Environment["ConnectionStrings__eventbus"] = EventBusUri;
        start.Environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{grpcPort}";
        start.Environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        host = Process.Start(start)!;
        host.OutputDataReceived += (_, _) => { };
        host.ErrorDataReceived += (_, _) => { };
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        await WaitReadyAsync(new Uri($"http://127.0.0.1:{httpPort}/health"));
        channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
        Client = new CaseService.CaseServiceClient(channel);
    }

    public async ValueTask DisposeAsync()
    {
        channel?.Dispose();
        if (host is { HasExited: false })
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }

        host?.Dispose();
        await infrastructure.DisposeAsync();
    }

    private async Task WaitReadyAsync(Uri health)
    {
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (host!.HasExited)
                throw new InvalidOperationException($"The Cases host exited with code {host.ExitCode}.");
            try
            {
                if ((await http.GetAsync(health)).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The Cases host did not become ready within 90 s.");
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
