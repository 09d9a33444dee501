using CollectionsPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Complaints.Data;

/// <summary>The Complaints service's own database (complaintsdb): for now the outbox and inbox of its integration events;
/// its domain tables arrive with the Complaints issue.</summary>
public sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddIntegrationEventTables();
    }
}
