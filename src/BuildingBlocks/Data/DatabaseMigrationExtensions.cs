using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CollectionsPlatform.Data;

/// <summary>Migrations applied before a service reports ready.</summary>
public static class DatabaseMigrationExtensions
{
    /// <summary>
    /// Migrates <typeparamref name="TDbContext"/>'s database at start-up in the background (retrying while PostgreSQL is
    /// unreachable; the host starts regardless), adds the health check "&lt;TDbContext&gt;-migrations" that keeps /health
    /// unhealthy until then, and registers <see cref="DatabaseMigrationState{TDbContext}"/> for background work to await.
    /// Register the DbContext itself first (<c>builder.AddNpgsqlDbContext&lt;TDbContext&gt;("casesdb")</c>).
    /// </summary>
    public static IHostApplicationBuilder AddDatabaseMigration<TDbContext>(this IHostApplicationBuilder builder)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DatabaseMigrationState<TDbContext>>();
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseMigrationHealthCheck<TDbContext>>($"{typeof(TDbContext).Name}-migrations");
        return builder;
    }
}
