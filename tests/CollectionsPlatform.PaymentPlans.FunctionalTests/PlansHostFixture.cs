using Grpc.Net.Client;
using Collections.Cases.V1;
using Collections.PaymentPlans.V1;
using Grpc.Core;
using CollectionsPlatform.Messaging.Bus;
using CollectionsPlatform.PaymentPlans.Data;
using CollectionsPlatform.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

/// <summary>Real servers (PostgreSQL, Redis, RabbitMQ), the Cases host and the Payment plans host (which reads cases
/// over gRPC through discovery), gRPC clients for both, and a bus on the same virtual host to publish PaymentPosted.</summary>
public sealed class PlansHostFixture : IAsyncLifetime
{
    private readonly InfrastructureFixture infrastructure = new();
    private ServiceHostProcess? cases;
    private ServiceHostProcess? plans;
    private GrpcChannel? casesChannel;
    private GrpcChannel? plansChannel;
    private IBusControl? bus;

    public CaseService.CaseServiceClient Cases { get; private set; } = null!;

    public PaymentPlanService.PaymentPlanServiceClient Plans { get; private set; } = null!;

    public string EventBusUri { get; private set; } = string.Empty;

    public string PlansDatabase { get; private set; } = string.Empty;

    public IBus Bus => bus!;

    public async ValueTask InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        var casesDatabase = await infrastructure.CreateDatabaseAsync("cases");
        PlansDatabase = await infrastructure.CreateDatabaseAsync("paymentplans");
        EventBusUri = await infrastructure.CreateVirtualHostAsync("plans");
        var shared = new Dictionary<string, string>
        {
            ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
            ["ConnectionStrings__eventbus"] = EventBusUri,
        };
        cases = await ServiceHostProcess.StartAsync("src/Services/Cases", new Dictionary<string, string>(shared) { ["ConnectionStrings__casesdb"] = casesDatabase });
        plans = await ServiceHostProcess.StartAsync("src/Services/PaymentPlans", new Dictionary<string, string>(shared)
        {
            ["ConnectionStrings__paymentplansdb"] = PlansDatabase,
            ["services__cases__grpc__0"] = cases.GrpcAddress.GetLeftPart(UriPartial.Authority),
            ["PaymentPlans__Scheduler__Interval"] = "00:00:02",
        });
        casesChannel = GrpcChannel.ForAddress(cases.GrpcAddress);
        plansChannel = GrpcChannel.ForAddress(plans.GrpcAddress);
        Cases = new CaseService.CaseServiceClient(casesChannel);
        Plans = new PaymentPlanService.PaymentPlanServiceClient(plansChannel);
        var connection = EventBusConnection.Parse(EventBusUri);
        bus = MassTransit.Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(connection.Host, connection.Port, connection.VirtualHost, host =>
        {
            host.Username(connection.Username);
            host.Password(connection.Password);
        }));
        await bus.StartAsync();
    }

    /// <summary>A context on the Payment plans database, for the scheduler tests that sweep at a later instant.</summary>
    public PaymentPlansDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<PaymentPlansDbContext>().UseNpgsql(PlansDatabase).Options);

    public async ValueTask DisposeAsync()
    {
        if (bus is not null)
            await bus.StopAsync();
        casesChannel?.Dispose();
        plansChannel?.Dispose();
        if (plans is not null)
            await plans.DisposeAsync();
        if (cases is not null)
            await cases.DisposeAsync();
        await infrastructure.DisposeAsync();
    }
}
