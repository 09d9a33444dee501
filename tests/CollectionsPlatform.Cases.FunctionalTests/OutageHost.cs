using System.Collections.Concurrent;
using Collections.Cases.V1;
using CollectionsPlatform.Testing;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>A Cases host on servers of its own, so the database faults its tests cause reach no other test.</summary>
public sealed class OutageHost : IAsyncLifetime
{
    private readonly InfrastructureFixture infrastructure = new();
    private readonly ConcurrentQueue<string> output = new();
    private ServiceHostProcess? host;
    private GrpcChannel? channel;

    public InfrastructureFixture Infrastructure => infrastructure;

    /// <summary>The cases database's connection string (superuser), for faults planted in it.</summary>
    public string Database { get; private set; } = string.Empty;

    public CaseService.CaseServiceClient Cases => new(channel!);

    public Health.HealthClient Health => new(channel!);

    /// <summary>Everything the host has written to its console so far.</summary>
    public string Log => string.Join('\n', output);

    public async ValueTask InitializeAsync()
    {
        await infrastructure.InitializeAsync();
        Database = await infrastructure.CreateDatabaseAsync("cases");
        host = await ServiceHostProcess.StartAsync("src/Services/Cases", new Dictionary<string, string>
        {
            ["ConnectionStrings__casesdb"] = Database,
            ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
            ["ConnectionStrings__eventbus"] = await infrastructure.CreateVirtualHostAsync("cases"),
        }, echo: output.Enqueue);
        channel = GrpcChannel.ForAddress(host.GrpcAddress);
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
