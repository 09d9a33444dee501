using System.Net;
using Collections.Cases.V1;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Health.V1;
using HealthClient = Grpc.Health.V1.Health.HealthClient;
using Grpc.Net.Client;
using Grpc.Reflection.V1;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Gateway.Tests;

/// <summary>The gateway's gRPC endpoint seen by a grpc-dotnet client as a gRPC server: health, reflection over the
/// routed contracts, calls through to the services, UNIMPLEMENTED for what it does not route, UNAVAILABLE for a
/// service that is down. The gateway runs as its own process.</summary>
public sealed class GatewayGrpcServerTests
{
    private static readonly string[] RoutedServices =
    [
        CaseService.Descriptor.FullName, Collections.Contacts.V1.ContactService.Descriptor.FullName,
        Collections.PaymentPlans.V1.PaymentPlanService.Descriptor.FullName,
        Collections.Consent.V1.ConsentService.Descriptor.FullName, Collections.Complaints.V1.ComplaintService.Descriptor.FullName,
    ];

    [Fact]
    public async Task Health_answers_for_the_gateway_and_each_routed_service_following_readiness()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cases = await FakeService.StartHealthyAsync(ct);
        await using var contacts = await FakeService.StartAsync(HttpStatusCode.ServiceUnavailable, """{"status":"Unhealthy","checks":[]}""", ct);
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Gateway__Services__0"] = "cases",
            ["Gateway__Services__1"] = "contacts",
            ["services__cases__http__0"] = $"http://127.0.0.1:{cases.HttpPort}",
            ["services__contacts__http__0"] = $"http://127.0.0.1:{contacts.HttpPort}",
        }, ct);
        using var channel = GrpcChannel.ForAddress(gateway.GrpcAddress);
        var health = new HealthClient(channel);

        (await health.CheckAsync(new HealthCheckRequest { Service = "collections.cases.v1.CaseService" }, cancellationToken: ct))
            .Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
        (await health.CheckAsync(new HealthCheckRequest { Service = "collections.contacts.v1.ContactService" }, cancellationToken: ct))
            .Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.NotServing);
        (await health.CheckAsync(new HealthCheckRequest(), cancellationToken: ct))
            .Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.NotServing);
        var unknown = await Should.ThrowAsync<RpcException>(
            health.CheckAsync(new HealthCheckRequest { Service = "collections.billing.v1.InvoiceService" }, cancellationToken: ct).ResponseAsync);
        unknown.StatusCode.ShouldBe(StatusCode.NotFound);
    }

    [Fact]
    public async Task Overall_health_is_serving_when_every_routed_service_is_ready()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cases = await FakeService.StartHealthyAsync(ct);
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Gateway__Services__0"] = "cases",
            ["services__cases__http__0"] = $"http://127.0.0.1:{cases.HttpPort}",
        }, ct);
        using var channel = GrpcChannel.ForAddress(gateway.GrpcAddress);

        var overall = await new HealthClient(channel).CheckAsync(new HealthCheckRequest(), cancellationToken: ct);

        overall.Status.ShouldBe(HealthCheckResponse.Types.ServingStatus.Serving);
    }

    [Fact]
    public async Task Reflection_lists_every_routed_service_and_describes_it_from_the_contracts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>(), ct);
        using var channel = GrpcChannel.ForAddress(gateway.GrpcAddress);
        using var call = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(cancellationToken: ct);

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, ct);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = "collections.paymentplans.v1.PaymentPlanService" }, ct);
        await call.RequestStream.CompleteAsync();
        var responses = await call.ResponseStream.ReadAllAsync(ct).ToListAsync(ct);

        responses[0].ListServicesResponse.Service.Select(s => s.Name).ShouldBe(
            [.. RoutedServices, "grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"],
            ignoreOrder: true);
        var files = responses[1].FileDescriptorResponse.FileDescriptorProto.Select(FileDescriptorProto.Parser.ParseFrom).ToList();
        var service = files.Single(f => f.Package == "collections.paymentplans.v1" && f.Service.Count > 0).Service.Single();
        service.Name.ShouldBe("PaymentPlanService");
        service.Method.Select(m => m.Name).ShouldContain("QuotePaymentPlans");
        var described = files.Select(f => f.Name).ToHashSet();
        files.SelectMany(f => f.Dependency).ShouldAllBe(d => described.Contains(d)); // a client can build every descriptor
    }

    [Fact]
    public async Task A_call_reaches_the_routed_service_and_a_service_the_gateway_does_not_route_is_unimplemented()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cases = await CaseServiceBackend.StartAsync(ct);
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Gateway__Services__0"] = "cases",
            ["services__cases__grpc__0"] = $"http://127.0.0.1:{cases.GrpcPort}",
        }, ct);
        using var channel = GrpcChannel.ForAddress(gateway.GrpcAddress);

        var found = await new CaseService.CaseServiceClient(channel).GetCaseAsync(new GetCaseRequest { Name = "cases/42" }, cancellationToken: ct);
        var unrouted = await Should.ThrowAsync<RpcException>(CallAsync(channel, "collections.billing.v1.InvoiceService", "GetInvoice", ct));
        var unknownMethod = await Should.ThrowAsync<RpcException>(CallAsync(channel, "collections.cases.v1.CaseService", "Reopen", ct));

        found.Name.ShouldBe("cases/42");
        found.AccountReference.ShouldBe("ACC-0042");
        unrouted.StatusCode.ShouldBe(StatusCode.Unimplemented);
        unknownMethod.StatusCode.ShouldBe(StatusCode.Unimplemented);
    }

    [Theory]
    [InlineData("thin")]
    [InlineData("yarp")]
    public async Task A_routed_service_that_is_down_answers_unavailable(string forwarder)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await GatewayHost.StartAsync(new Dictionary<string, string>
        {
            ["Gateway__Services__0"] = "cases",
            ["services__cases__grpc__0"] = $"http://127.0.0.1:{FreePort.Next()}",
            ["Gateway__GrpcForwarder"] = forwarder,
        }, ct);
        using var channel = GrpcChannel.ForAddress(gateway.GrpcAddress);

        var down = await Should.ThrowAsync<RpcException>(
            new CaseService.CaseServiceClient(channel).GetCaseAsync(new GetCaseRequest { Name = "cases/42" }, cancellationToken: ct).ResponseAsync);

        down.StatusCode.ShouldBe(StatusCode.Unavailable);
        down.Status.Detail.ShouldNotContain("HTTP"); // the gateway's own gRPC status, not a client's reading of an HTTP 502
    }

    private static async Task CallAsync(GrpcChannel channel, string service, string method, CancellationToken ct)
    {
        var marshaller = Marshallers.Create<ByteString>(b => b.ToByteArray(), ByteString.CopyFrom);
        var unary = new Method<ByteString, ByteString>(MethodType.Unary, service, method, marshaller, marshaller);
        await channel.CreateCallInvoker().AsyncUnaryCall(unary, null, new CallOptions(cancellationToken: ct), ByteString.Empty);
    }
}
