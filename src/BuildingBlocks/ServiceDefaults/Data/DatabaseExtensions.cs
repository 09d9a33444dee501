using CollectionsPlatform.ServiceDefaults.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollectionsPlatform.ServiceDefaults.Data;

/// <summary>A service's own PostgreSQL database through EF Core.</summary>
public static class DatabaseExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TDbContext"/> on Npgsql from ConnectionStrings:<paramref name="connectionName"/>;
    /// creates and migrates the database in the background (retrying with backoff while PostgreSQL is unreachable,
    /// the host starts regardless); adds a "ready" health check named <paramref name="connectionName"/> that is
    /// unhealthy until migrated and whenever the database cannot be reached.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TDbContext>(this IHostApplicationBuilder builder, string connectionName)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
        builder.Services.AddDbContext<TDbContext>(options => options.UseNpgsql(connectionString));
        builder.Services.AddSingleton<DatabaseMigrationState<TDbContext>>();
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck<TDbContext>>(connectionName, tags: [HealthTags.Ready, "database"], timeout: TimeSpan.FromSeconds(5));
        return builder;
    }
}
