using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging.TestHost;

/// <summary>The tests' service database: payments (state), ledger entries (effects), outbox and inbox.</summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddIntegrationEventTables();
        modelBuilder.Entity<Payment>(payment =>
        {
            payment.ToTable("payments");
            payment.HasKey(p => p.Id);
            payment.Property(p => p.Id).HasColumnName("id");
            payment.Property(p => p.CaseId).HasColumnName("case_id");
            payment.Property(p => p.Amount).HasColumnName("amount").HasPrecision(18, 2);
            payment.Property(p => p.Reference).HasColumnName("reference").HasMaxLength(100);
        });
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("ledger_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).HasColumnName("id").UseIdentityByDefaultColumn();
            entry.Property(e => e.PaymentId).HasColumnName("payment_id");
            entry.Property(e => e.CaseId).HasColumnName("case_id");
            entry.Property(e => e.Amount).HasColumnName("amount").HasPrecision(18, 2);
            entry.Property(e => e.Reference).HasColumnName("reference").HasMaxLength(100);
            entry.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        });
    }
}
