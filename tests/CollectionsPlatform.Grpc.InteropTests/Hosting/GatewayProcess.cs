using System.Reflection;
using Collections.Interop.V1;
using CollectionsPlatform.Grpc.InteropTests.Client;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>
/// The platform's gateway (src/Gateway) as its own process, routing <c>/collections.interop.v1.*</c> to our server
/// over h2c, configured the way the AppHost configures it (Kestrel endpoints, Gateway:Services, services:* discovery),
/// with the platform's own services routed too (<see cref="DownServices"/>).
/// </summary>
public sealed class GatewayProcess(ServiceHostProcess host) : IAsyncDisposable
{
    /// <summary>The platform's services, routed by the gateway as in production but not running here: the gateway
    /// describes them by reflection, reports them NOT_SERVING and answers UNAVAILABLE for their calls.</summary>
    public static readonly string[] DownServices = ["cases", "contacts", "paymentplans", "consent", "complaints"];

    private const string NothingListens = "http://127.0.0.1:9"; // the discard port: closed on a test machine

    /// <summary>The gateway's gRPC (h2c) address.</summary>
    public Uri Address => host.GrpcAddress;

    public static async Task<GatewayProcess> StartAsync(Uri backend)
    {
        var assembly = typeof(GatewayProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "GatewayAssembly").Value!;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Gateway__Services__0"] = "interop",
            ["services__interop__grpc__0"] = backend.ToString(),
        };
        for (var i = 0; i < DownServices.Length; i++)
        {
            environment[$"Gateway__Services__{i + 1}"] = DownServices[i];
            environment[$"services__{DownServices[i]}__grpc__0"] = NothingListens;
            environment[$"services__{DownServices[i]}__http__0"] = NothingListens;
        }

        var host = await ServiceHostProcess.StartDllAsync(assembly, environment, readyPath: "/alive");
        var gateway = new GatewayProcess(host);
        await gateway.WaitUntilRoutingAsync();
        return gateway;
    }

    public ValueTask DisposeAsync() => host.DisposeAsync();

    private async Task WaitUntilRoutingAsync()
    {
        var client = EchoClients.Create(Address);
        for (var attempt = 0; attempt < 150; attempt++)
        {
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
        throw new InvalidOperationException($"The gateway did not route gRPC calls:\n{host.RecentOutput}");
    }
}
