using CollectionsPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>The Payment plans service's own database (paymentplansdb): assessments, plans with their
/// instalments, approvals and written confirmations, promises, payment allocations, idempotency keys, and the
/// outbox and inbox of its integration events.</summary>
public sealed class PaymentPlansDbContext(DbContextOptions<PaymentPlansDbContext> options) : DbContext(options)
{
    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();

    public DbSet<PlanRecord> Plans => Set<PlanRecord>();

    public DbSet<InstalmentRecord> Instalments => Set<InstalmentRecord>();

    public DbSet<PromiseRecord> Promises => Set<PromiseRecord>();

    public DbSet<PaymentAllocationRecord> Allocations => Set<PaymentAllocationRecord>();

    public DbSet<RequestRecord> Requests => Set<RequestRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.ConfigureAssessments();
        modelBuilder.ConfigurePlans();
        modelBuilder.ConfigurePromisesAndPayments();
        modelBuilder.AddIntegrationEventTables();
    }
}
