using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Cases.Data;

/// <summary>The Cases service's own database (casesdb): cases, bucket history, timeline, idempotency keys,
/// and the outbox and inbox of its integration events.</summary>
public sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<BucketChangeRecord> BucketChanges => Set<BucketChangeRecord>();

    public DbSet<TimelineEntryRecord> Timeline => Set<TimelineEntryRecord>();

    public DbSet<CaseRequestRecord> Requests => Set<CaseRequestRecord>();

    public DbSet<PaymentRecord> Payments => Set<PaymentRecord>();

    public DbSet<CaseHoldRecord> Holds => Set<CaseHoldRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<CaseRecord>(entity =>
        {
            entity.ToTable("cases");
            entity.HasKey(c => c.Id);
            entity.Property(c => c.Sequence).UseIdentityAlwaysColumn();
            entity.HasIndex(c => c.Sequence).IsUnique();
            entity.Property(c => c.AccountReference).HasMaxLength(64);
            entity.Property(c => c.DebtorReference).HasMaxLength(64);
            entity.Property(c => c.Jurisdiction).HasMaxLength(8);
            entity.Property(c => c.Currency).HasMaxLength(3);
            entity.Property(c => c.Queue).HasMaxLength(64);
            entity.Property(c => c.AgentId).HasMaxLength(64);
            foreach (var amount in new[] { nameof(CaseRecord.Principal), nameof(CaseRecord.Interest), nameof(CaseRecord.Fees), nameof(CaseRecord.TotalPaid), nameof(CaseRecord.UnappliedCredit) })
                entity.Property(amount).HasPrecision(19, 4);
            entity.Property(c => c.Version).IsConcurrencyToken();
            entity.HasIndex(c => c.AccountReference).IsUnique()
                .HasFilter($"\"State\" NOT IN ({(int)CaseState.Settled}, {(int)CaseState.WrittenOff}, {(int)CaseState.Closed})");
            entity.HasIndex(c => new { c.State, c.Bucket });
            entity.HasIndex(c => new { c.Queue, c.AgentId });
            entity.HasMany(c => c.BucketChanges).WithOne().HasForeignKey(b => b.CaseId);
            entity.HasMany(c => c.Timeline).WithOne().HasForeignKey(t => t.CaseId);
            entity.HasMany(c => c.Payments).WithOne().HasForeignKey(p => p.CaseId);
            entity.HasMany(c => c.Holds).WithOne().HasForeignKey(h => h.CaseId);
        });
        modelBuilder.Entity<BucketChangeRecord>().ToTable("bucket_changes");
        modelBuilder.Entity<TimelineEntryRecord>(entity =>
        {
            entity.ToTable("case_events");
            entity.Property(t => t.Summary).HasMaxLength(256);
            entity.Property(t => t.Code).HasMaxLength(64);
            entity.Property(t => t.RelatedId).HasMaxLength(64);
            entity.Property(t => t.Source).HasMaxLength(128);
        });
        modelBuilder.Entity<CaseHoldRecord>(entity =>
        {
            entity.ToTable("case_holds");
            entity.HasKey(h => new { h.CaseId, h.HoldId });
            entity.Property(h => h.HoldId).HasMaxLength(64);
            entity.Property(h => h.Reason).HasMaxLength(64);
            entity.Property(h => h.Source).HasMaxLength(128);
        });
        modelBuilder.Entity<PaymentRecord>(entity =>
        {
            entity.ToTable("payments");
            entity.HasKey(p => p.PaymentId);
            entity.Property(p => p.PaymentId).HasMaxLength(64);
            entity.Property(p => p.Sequence).UseIdentityAlwaysColumn();
            entity.HasIndex(p => new { p.CaseId, p.Sequence });
            entity.Property(p => p.Amount).HasPrecision(19, 4);
            entity.Property(p => p.Currency).HasMaxLength(3);
        });
        modelBuilder.Entity<CaseRequestRecord>(entity =>
        {
            entity.ToTable("case_requests");
            entity.HasKey(r => r.RequestId);
            entity.Property(r => r.RequestId).HasMaxLength(128);
            entity.Property(r => r.Fingerprint).HasMaxLength(64);
        });
        modelBuilder.AddIntegrationEventTables();
    }
}
