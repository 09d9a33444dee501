using System.Net;
using CollectionsPlatform.Testing;
using Npgsql;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>The Contacts, Consent and Complaints hosts start against real PostgreSQL, Redis and RabbitMQ,
/// migrate their database and report every dependency ready.</summary>
[Collection(InfrastructureOutages.Name)]
public sealed class ServiceHostsTests(InfrastructureFixture infrastructure)
{
    [Theory]
    [InlineData("Contacts")]
    [InlineData("Consent")]
    [InlineData("Complaints")]
    public async Task Service_starts_migrates_its_database_and_reports_ready(string service)
    {
        var ct = TestContext.Current.CancellationToken;
        var databaseName = $"{service.ToLowerInvariant()}db";
        var database = await infrastructure.CreateDatabaseAsync(databaseName, ct);
        var eventBus = await infrastructure.CreateVirtualHostAsync(databaseName, ct);
        await using var host = await ServiceHostProcess.StartDllAsync(Path.Combine(AppContext.BaseDirectory, $"CollectionsPlatform.{service}.dll"), new Dictionary<string, string>
        {
            [$"ConnectionStrings__{databaseName}"] = database,
            ["ConnectionStrings__redis"] = infrastructure.RedisConnectionString,
            ["ConnectionStrings__eventbus"] = eventBus,
        }, readyPath: null, cancellationToken: ct);
        using var client = new HttpClient { BaseAddress = host.HttpAddress };

        var ready = await WaitForReadyAsync(client, ct);

        ready.StatusOf(databaseName).ShouldBe("Healthy");
        ready.StatusOf("redis").ShouldBe("Healthy");
        ready.StatusOf("eventbus").ShouldBe("Healthy");
        (await TablesAsync(database, ct)).ShouldContain("outbox_messages");
    }

    private static async Task<HealthBody> WaitForReadyAsync(HttpClient client, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(90));
        while (true)
        {
            try
            {
                return await HealthBody.WaitForAsync(client, "/health", HttpStatusCode.OK, deadline.Token);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, deadline.Token);
            }
        }
    }

    private static async Task<List<string>> TablesAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'", connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var tables = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
