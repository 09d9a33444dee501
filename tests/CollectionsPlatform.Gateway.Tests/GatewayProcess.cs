using System.Diagnostics;
using System.Net;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>The built gateway started as a child process with the AppHost's environment contract
/// (Kestrel endpoints, services__*__{http,grpc}__0), stopped on dispose.</summary>
internal sealed class GatewayProcess(Process process, int httpPort, int grpcPort) : IAsyncDisposable
{
    public Uri HttpAddress { get; } = new($"http://127.0.0.1:{httpPort}");

    public Uri GrpcAddress { get; } = new($"http://127.0.0.1:{grpcPort}");

    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var (httpPort, grpcPort) = (FreePort.Next(), FreePort.Next());
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "CollectionsPlatform.Gateway.dll")])
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

        var process = Process.Start(start) ?? throw new InvalidOperationException("the gateway did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new GatewayProcess(process, httpPort, grpcPort);
        await gateway.WaitAliveAsync(cancellationToken);
        return gateway;
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

    private async Task WaitAliveAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = HttpAddress };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the gateway exited with code {process.ExitCode}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/alive", UriKind.Relative), deadline.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100, deadline.Token);
        }
    }
}
