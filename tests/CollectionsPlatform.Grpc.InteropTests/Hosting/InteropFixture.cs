using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Grpc.InteropTests.Hosting;

/// <summary>
/// What every interop test talks to, started once per test run: the five services on real PostgreSQL, Redis and
/// RabbitMQ (each on its own h2c port, as the AppHost runs them), the gateway in front of them, and the grpc-js server.
/// </summary>
public sealed class InteropFixture : IAsyncLifetime
{
    /// <summary>Each service's name and the gRPC service it maps ("" for a host that maps only health and reflection).</summary>
    public static readonly IReadOnlyDictionary<string, string> Services = new Dictionary<string, string>
    {
        ["cases"] = "collections.cases.v1.CaseService",
        ["paymentplans"] = "collections.paymentplans.v1.PaymentPlanService",
        ["contacts"] = string.Empty,
        ["consent"] = string.Empty,
        ["complaints"] = string.Empty,
    };

    private readonly InfrastructureFixture infrastructure = new();
    private readonly Dictionary<string, ServiceHostProcess> hosts = [];
    private GrpcJsServer? grpcJs;
    private GatewayProcess? gateway;

    public GrpcJsServer GrpcJsServer => grpcJs ?? throw new InvalidOperationException("Not started.");

    public GatewayProcess Gateway => gateway ?? throw new InvalidOperationException("Not started.");

    /// <summary>The h2c address of one of our services.</summary>
    public Uri AddressOf(string service) => hosts[service].GrpcAddress;

    public async ValueTask InitializeAsync()
    {
        var startingGrpcJs = GrpcJsServer.StartAsync();
        await infrastructure.InitializeAsync();
        hosts["cases"] = await StartServiceAsync("cases", new Dictionary<string, string>());
        var cases = new Dictionary<string, string> { ["services__cases__grpc__0"] = AddressOf("cases").GetLeftPart(UriPartial.Authority) };
        foreach (var service in Services.Keys.Where(s => s != "cases"))
        {
            // One at a time: five hosts connecting to RabbitMQ at once on two busy cores time out.
            hosts[service] = await StartServiceAsync(service, cases);
        }

        grpcJs = await startingGrpcJs;
        gateway = await GatewayProcess.StartAsync(hosts.ToDictionary(h => h.Key, h => h.Value.GrpcAddress));
    }

    public async ValueTask DisposeAsync()
    {
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }

        if (grpcJs is not null)
        {
            await grpcJs.DisposeAsync();
        }

        foreach (var host in hosts.Values)
        {
            await host.DisposeAsync();
        }

        await infrastructure.DisposeAsync();
    }

    private async Task<ServiceHostProcess> StartServiceAsync(string service, IReadOnlyDictionary<string, string> extra)
    {
        var environment = new Dictionary<string, string>(extra)
        {
            [$"ConnectionStrings__{service}db"] = await infrastructure.CreateDatabaseAsync(service),
            ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
            ["ConnectionStrings__eventbus"] = await infrastructure.CreateVirtualHostAsync(service),
        };
        var project = service switch
        {
            "paymentplans" => "PaymentPlans",
            _ => char.ToUpperInvariant(service[0]) + service[1..],
        };
        return await ServiceHostProcess.StartAsync($"src/Services/{project}", environment);
    }
}
