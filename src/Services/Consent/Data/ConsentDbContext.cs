using CollectionsPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Consent.Data;

/// <summary>The Consent service's own database (consentdb): for now the outbox and inbox of its integration events;
/// its domain tables arrive with the Consent issue.</summary>
public sealed class ConsentDbContext(DbContextOptions<ConsentDbContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddIntegrationEventTables();
    }
}
