using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging.Tests;

/// <summary>A model-only context whose tables live in their own schema (as a service may choose).</summary>
internal sealed class SchemaModelOnlyDbContext() : DbContext(
    new DbContextOptionsBuilder<SchemaModelOnlyDbContext>().UseNpgsql(ModelOnlyDbContext.UnusedConnectionString).Options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.HasDefaultSchema("ledger").AddIntegrationEventTables();
}
