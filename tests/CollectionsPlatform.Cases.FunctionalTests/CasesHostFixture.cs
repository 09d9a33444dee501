using Grpc.Net.Client;
using Collections.Cases.V1;
using Grpc.Core;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>Real servers (PostgreSQL, Redis, RabbitMQ) and the Cases host process started on them, with a gRPC client.</summary>
public sealed class CasesHostFixture : IAsyncLifetime
{
    private readonly InfrastructureFixture infrastructure = new();
    private ServiceHostProcess? host;
    private GrpcChannel? channel;

    public CaseService.CaseServiceClient Client { get; private set; } = null!;

    public string EventBusUri { get; private set; } = string.Empty;

    /// <summary>The host's gRPC (h2c) address, for clients other than <see cref="Client"/> (the import tool).</summary>
    public Uri GrpcAddress => host!.GrpcAddress;

    public async ValueTask InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        var database = await infrastructure.CreateDatabaseAsync("cases");
        EventBusUri = await infrastructure.CreateVirtualHostAsync("cases");
        host = await ServiceHostProcess.StartAsync("src/Services/Cases", new Dictionary<string, string>
        {
            ["ConnectionStrings__casesdb"] = database,
            ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
            ["ConnectionStrings__eventbus"] = EventBusUri,
        });
        channel = GrpcChannel.ForAddress(host.GrpcAddress);
        Client = new CaseService.CaseServiceClient(channel);
    }

    public async ValueTask DisposeAsync()
    {
        channel?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await infrastructure.DisposeAsync();
    }
}
