using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.ServiceDefaults.Data;

/// <summary>Ready when the database is migrated and answers a query now.</summary>
internal sealed class DatabaseHealthCheck<TDbContext>(TDbContext db, DatabaseMigrationState<TDbContext> state) : IHealthCheck
    where TDbContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!state.IsMigrated)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Database not migrated yet ({state.FailedAttempts} failed attempts)");
        }

        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy("Database reachable and migrated");
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"Database unreachable ({ex.GetType().Name})");
        }
    }
}
