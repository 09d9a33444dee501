using System.Net;
using System.Net.Sockets;
using CollectionsPlatform.Testing;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>The Contacts, Consent and Complaints hosts start against real PostgreSQL, migrate their database and report
/// ready on it alone: none of their features uses Redis or the bus, so neither being unreachable holds them back.</summary>
[Collection(InfrastructureOutages.Name)]
public sealed class ServiceHostsTests(InfrastructureFixture infrastructure)
{
    [Theory]
    [InlineData("Contacts")]
    [InlineData("Consent")]
    [InlineData("Complaints")]
    public async Task Service_migrates_its_database_and_reports_ready_on_it_alone(string service)
    {
        var ct = TestContext.Current.CancellationToken;
        var databaseName = $"{service.ToLowerInvariant()}db";
        var database = await infrastructure.CreateDatabaseAsync(databaseName, ct);
        var closedPort = ClosedPort();
        await using var host = await ServiceHostProcess.StartDllAsync(Path.Combine(AppContext.BaseDirectory, $"CollectionsPlatform.{service}.dll"), new Dictionary<string, string>
        {
            [$"ConnectionStrings__{databaseName}"] = database,
            ["ConnectionStrings__redis"] = $"127.0.0.1:{closedPort}",
            ["ConnectionStrings__eventbus"] = $"amqp://guest:guest@127.0.0.1:{closedPort}",
        }, readyPath: null, cancellationToken: ct);
        using var client = new HttpClient { BaseAddress = host.HttpAddress };

        await Health.WaitForAsync(client, "/health", HttpStatusCode.OK, ct, TimeSpan.FromSeconds(90));

        (await Tables.InAsync(database, ct)).ShouldContain("__EFMigrationsHistory");
    }

    /// <summary>A loopback port nothing listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
