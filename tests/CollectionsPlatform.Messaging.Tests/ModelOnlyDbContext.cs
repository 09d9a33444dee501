using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging.Tests;

/// <summary>A context that only builds its model (Npgsql provider, never connects).</summary>
internal sealed class ModelOnlyDbContext(DbContextOptions<ModelOnlyDbContext> options) : DbContext(options)
{
    public const string UnusedConnectionString = "Host=unused.invalid;Database=none";

    public ModelOnlyDbContext()
        : this(new DbContextOptionsBuilder<ModelOnlyDbContext>().UseNpgsql(UnusedConnectionString).Options)
    {
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddIntegrationEventTables();
}
