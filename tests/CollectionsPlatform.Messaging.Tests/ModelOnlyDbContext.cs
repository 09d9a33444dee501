using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging.Tests;

/// <summary>A context that only builds its model (Npgsql provider, never connects).</summary>
internal sealed class ModelOnlyDbContext() : DbContext(
    new DbContextOptionsBuilder<ModelOnlyDbContext>().UseNpgsql("Host=unused.invalid;Database=none").Options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddIntegrationEventTables();
}
