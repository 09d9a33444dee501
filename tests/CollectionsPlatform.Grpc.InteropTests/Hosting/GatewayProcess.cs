using System.Reflection;
using Collections.Cases.V1;
using CollectionsPlatform.Testing;
using Grpc.Net.Client;

namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>
/// The platform's gateway (src/Gateway) as its own process, routing <c>/collections.&lt;service&gt;.v1.*</c> to each
/// service over h2c, configured the way the AppHost configures it (Gateway:Services, services:* discovery).
/// </summary>
public sealed class GatewayProcess(ServiceHostProcess host) : IAsyncDisposable
{
    /// <summary>The gateway's gRPC (h2c) address.</summary>
    public Uri Address => host.GrpcAddress;

    public static async Task<GatewayProcess> StartAsync(IReadOnlyDictionary<string, ServiceHostProcess> services)
    {
        var assembly = typeof(GatewayProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "GatewayAssembly").Value!;
        var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        foreach (var (index, (service, host)) in services.Index())
        {
            environment[$"Gateway__Services__{index}"] = service;
            environment[$"services__{service}__grpc__0"] = host.GrpcAddress.GetLeftPart(UriPartial.Authority);
            environment[$"services__{service}__http__0"] = host.HttpAddress.GetLeftPart(UriPartial.Authority); // its /health: the gateway's readiness
        }

        var gateway = new GatewayProcess(await ServiceHostProcess.StartDllAsync(assembly, environment, readyPath: "/alive"));
        await gateway.WaitUntilRoutingAsync();
        return gateway;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    /// <summary>Waits until a call through the gateway reaches the cases service (which refuses the bad name itself).</summary>
    private async Task WaitUntilRoutingAsync()
    {
        using var channel = GrpcChannel.ForAddress(Address);
        var client = new CaseService.CaseServiceClient(channel);
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                await client.GetCaseAsync(new GetCaseRequest { Name = "ready?" }, deadline: DateTime.UtcNow.AddSeconds(2));
            }
            catch (RpcException error) when (error.StatusCode == StatusCode.InvalidArgument)
            {
                return;
            }
            catch (RpcException)
            {
                await Task.Delay(200);
            }
        }

        await DisposeAsync();
        throw new InvalidOperationException($"The gateway did not route gRPC calls:\n{host.RecentOutput}");
    }
}
