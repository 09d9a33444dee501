using CollectionsPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>The Payment plans service's own database (paymentplansdb): for now the outbox and inbox of its
/// integration events; plan, instalment and promise tables arrive with the plans RPCs (issue 5).</summary>
public sealed class PaymentPlansDbContext(DbContextOptions<PaymentPlansDbContext> options) : DbContext(options)
{
    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.AddIntegrationEventTables();
    }
}
