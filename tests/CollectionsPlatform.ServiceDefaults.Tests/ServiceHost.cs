using CollectionsPlatform.ServiceDefaults.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>A service host wired like the platform's services (defaults, database, Redis, default endpoints)
/// on a real Kestrel port.</summary>
internal sealed class ServiceHost(WebApplication app) : IAsyncDisposable
{
    public HttpClient Client { get; } = new() { BaseAddress = new Uri(app.Urls.First()) };

    public static async Task<ServiceHost> StartAsync(string databaseConnectionString, string redisConnectionString, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(
        [
            new("ConnectionStrings:probedb", databaseConnectionString),
            new("ConnectionStrings:redis", redisConnectionString),
        ]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.AddServiceDatabase<ProbeDbContext>("probedb");
        var app = builder.Build();
        app.MapDefaultEndpoints();
        await app.StartAsync(cancellationToken);
        return new ServiceHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.DisposeAsync();
    }
}
