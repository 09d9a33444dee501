using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>Table mapping of the Payment plans records (money as numeric(19,4), short keys bounded).</summary>
public static class PaymentPlansModel
{
    public static void ConfigureAssessments(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AssessmentRecord>(entity =>
        {
            entity.ToTable("affordability_assessments");
            entity.HasKey(a => a.Id);
            entity.HasIndex(a => a.CaseId);
            entity.Property(a => a.Currency).HasMaxLength(3);
            entity.Property(a => a.AssessorId).HasMaxLength(64);
            foreach (var amount in new[] { nameof(AssessmentRecord.MonthlyIncome), nameof(AssessmentRecord.FixedExpenses), nameof(AssessmentRecord.OtherDebtService), nameof(AssessmentRecord.DisposableIncome), nameof(AssessmentRecord.MaxInstalment) })
                entity.Property(amount).HasPrecision(19, 4);
            entity.HasMany(a => a.Evidence).WithOne().HasForeignKey(e => e.AssessmentId);
        });
        modelBuilder.Entity<EvidenceRecord>(entity =>
        {
            entity.ToTable("assessment_evidence");
            entity.HasKey(e => new { e.AssessmentId, e.Position });
            entity.Property(e => e.DocumentId).HasMaxLength(128);
        });
    }

    public static void ConfigurePlans(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PlanRecord>(entity =>
        {
            entity.ToTable("payment_plans");
            entity.HasKey(p => p.Id);
            entity.Property(p => p.Sequence).UseIdentityAlwaysColumn();
            entity.HasIndex(p => p.Sequence).IsUnique();
            entity.HasIndex(p => new { p.CaseId, p.Sequence });
            entity.HasIndex(p => p.State);
            entity.Property(p => p.Currency).HasMaxLength(3);
            entity.Property(p => p.PolicyVersion).HasMaxLength(32);
            entity.Property(p => p.AcceptedBy).HasMaxLength(160);
            foreach (var amount in new[] { nameof(PlanRecord.Principal), nameof(PlanRecord.CapitalisedInterest), nameof(PlanRecord.Discount), nameof(PlanRecord.CarriedForward) })
                entity.Property(amount).HasPrecision(19, 4);
            entity.Property(p => p.MonthlyRate).HasPrecision(28, 20);
            entity.Property(p => p.Version).IsConcurrencyToken();
            entity.HasMany(p => p.Instalments).WithOne().HasForeignKey(i => i.PlanId);
            entity.HasOne(p => p.Approval).WithOne().HasForeignKey<PlanApprovalRecord>(a => a.PlanId);
            entity.HasOne(p => p.Confirmation).WithOne().HasForeignKey<PlanConfirmationRecord>(c => c.PlanId);
        });
        modelBuilder.Entity<InstalmentRecord>(entity =>
        {
            entity.ToTable("plan_instalments");
            entity.HasKey(i => new { i.PlanId, i.Number });
            entity.HasIndex(i => new { i.Status, i.DueDate });
            foreach (var amount in new[] { nameof(InstalmentRecord.Amount), nameof(InstalmentRecord.Principal), nameof(InstalmentRecord.Interest), nameof(InstalmentRecord.BalanceAfter), nameof(InstalmentRecord.Paid) })
                entity.Property(amount).HasPrecision(19, 4);
        });
        modelBuilder.Entity<PlanApprovalRecord>(entity =>
        {
            entity.ToTable("plan_approvals");
            entity.HasKey(a => a.PlanId);
            entity.Property(a => a.SupervisorId).HasMaxLength(64);
            entity.Property(a => a.Justification).HasMaxLength(1024);
        });
        modelBuilder.Entity<PlanConfirmationRecord>(entity =>
        {
            entity.ToTable("plan_confirmations");
            entity.HasKey(c => c.PlanId);
            entity.HasIndex(c => c.DocumentId).IsUnique();
            entity.Property(c => c.Sha256).HasMaxLength(64);
        });
    }

    public static void ConfigurePromisesAndPayments(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PromiseRecord>(entity =>
        {
            entity.ToTable("promises_to_pay");
            entity.HasKey(p => p.Id);
            entity.Property(p => p.Sequence).UseIdentityAlwaysColumn();
            entity.HasIndex(p => p.Sequence).IsUnique();
            entity.HasIndex(p => new { p.CaseId, p.Sequence });
            entity.HasIndex(p => new { p.Status, p.PromisedDate });
            entity.Property(p => p.Currency).HasMaxLength(3);
            entity.Property(p => p.AgentId).HasMaxLength(64);
            entity.Property(p => p.ContactAttempt).HasMaxLength(160);
            entity.Property(p => p.Amount).HasPrecision(19, 4);
            entity.Property(p => p.Paid).HasPrecision(19, 4);
            entity.Property(p => p.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PaymentAllocationRecord>(entity =>
        {
            entity.ToTable("payment_allocations");
            entity.HasKey(a => a.PaymentId);
            entity.Property(a => a.PaymentId).HasMaxLength(64);
            entity.Property(a => a.Currency).HasMaxLength(3);
            entity.Property(a => a.Amount).HasPrecision(19, 4);
            entity.Property(a => a.CarriedForward).HasPrecision(19, 4);
            entity.HasIndex(a => a.CaseId);
            entity.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.PaymentId);
        });
        modelBuilder.Entity<AllocationLineRecord>(entity =>
        {
            entity.ToTable("payment_allocation_lines");
            entity.HasKey(l => new { l.PaymentId, l.Position });
            entity.Property(l => l.PaymentId).HasMaxLength(64);
            entity.Property(l => l.Amount).HasPrecision(19, 4);
        });
        modelBuilder.Entity<RequestRecord>(entity =>
        {
            entity.ToTable("plan_requests");
            entity.HasKey(r => r.RequestId);
            entity.Property(r => r.RequestId).HasMaxLength(128);
            entity.Property(r => r.Fingerprint).HasMaxLength(64);
            entity.Property(r => r.ResourceName).HasMaxLength(160);
        });
    }
}
