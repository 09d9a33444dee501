using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CollectionsPlatform.Data;

/// <summary>Not ready until the database has been migrated (reachability itself is Aspire's DbContext check).</summary>
internal sealed class DatabaseMigrationHealthCheck<TDbContext>(DatabaseMigrationState<TDbContext> state) : IHealthCheck
    where TDbContext : DbContext
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.IsMigrated
            ? HealthCheckResult.Healthy("Migrated")
            : new HealthCheckResult(context.Registration.FailureStatus, $"Not migrated yet ({state.FailedAttempts} failed attempts)"));
}
