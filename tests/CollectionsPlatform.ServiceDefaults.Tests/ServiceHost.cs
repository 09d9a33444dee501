using CollectionsPlatform.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CollectionsPlatform.ServiceDefaults.Tests;

/// <summary>A service host wired like the platform's services (defaults, its database through Aspire's
/// AddNpgsqlDbContext, migrations, default endpoints) on a real Kestrel port. <c>extraSettings</c> adds configuration
/// such as the connection strings the AppHost passes to every service.</summary>
internal sealed class ServiceHost(WebApplication app) : IAsyncDisposable
{
    public HttpClient Client { get; } = new() { BaseAddress = new Uri(app.Urls.First()) };

    public static async Task<ServiceHost> StartAsync(
        string databaseConnectionString, CancellationToken cancellationToken, params KeyValuePair<string, string?>[] extraSettings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection([new("ConnectionStrings:probedb", databaseConnectionString), .. extraSettings]);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.AddNpgsqlDbContext<ProbeDbContext>("probedb");
        builder.AddDatabaseMigration<ProbeDbContext>();
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
