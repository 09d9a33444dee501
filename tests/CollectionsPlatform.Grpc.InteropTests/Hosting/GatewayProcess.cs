using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using CollectionsPlatform.Orchestration;
using Collections.Interop.V1;
using CollectionsPlatform.Grpc.InteropTests.Client;

namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>
/// The platform's gateway (src/Gateway) as its own process, routing <c>/collections.interop.v1.*</c> to our server
/// over h2c, configured the way the AppHost configures it (Kestrel endpoints, Gateway:Services, services:* discovery).
/// </summary>
public sealed class GatewayProcess(Process process, Uri address, StringBuilder output) : IAsyncDisposable
{
    /// <summary>The gateway's gRPC (h2c) address.</summary>
    public Uri Address { get; } = address;

    public static async Task<GatewayProcess> StartAsync(Uri backend)
    {
        var assembly = typeof(GatewayProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "GatewayAssembly").Value!;
        var (httpPort, grpcPort) = (PortAllocator.Choose(), PortAllocator.Choose());
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(assembly);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{httpPort}";
        start.Environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{grpcPort}";
        start.Environment["Kestrel__Endpoints__grpc__Protocols"] = "Http2";
        start.Environment["Gateway__Services__0"] = "interop";
        start.Environment["services__interop__grpc__0"] = backend.ToString();
        start.Environment["services__interop__http__0"] = $"http://127.0.0.1:{httpPort}";
        var output = new StringBuilder();
        var process = Process.Start(start) ?? throw new InvalidOperationException("The gateway did not start.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new GatewayProcess(process, new Uri($"http://127.0.0.1:{grpcPort}"), output);
        await gateway.WaitUntilRoutingAsync();
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

    private async Task WaitUntilRoutingAsync()
    {
        var client = EchoClients.Create(Address);
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                await client.EchoAsync(new EchoRequest { Text = "ready?" }, deadline: DateTime.UtcNow.AddSeconds(2));
                return;
            }
            catch (RpcException)
            {
                await Task.Delay(200);
            }
        }

        await DisposeAsync();
        throw new InvalidOperationException($"The gateway did not route gRPC calls:\n{output}");
    }

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
}
