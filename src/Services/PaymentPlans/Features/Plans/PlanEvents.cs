using CollectionsPlatform.Contracts.IntegrationEvents;
using CollectionsPlatform.PaymentPlans.Domain.Plans;

namespace CollectionsPlatform.PaymentPlans.Features.Plans;

/// <summary>The integration events a plan's changes announce (ids, amounts and dates only; no personal data).</summary>
public static class PlanEvents
{
    public static PlanProposed Proposed(PaymentPlan plan) => new()
    {
        PlanId = plan.Id,
        CaseId = plan.CaseId,
        PlanType = plan.Schedule.Type.ToString(),
        TotalAmount = plan.Schedule.TotalPaid.Amount,
        Currency = plan.Schedule.Currency.Code,
        InstalmentCount = plan.Schedule.Term,
        FirstDueDate = plan.Schedule.FirstDueDate,
        RequiresSupervisorApproval = plan.RequiresSupervisorApproval,
        OccurredAt = plan.ProposedAt,
    };

    public static PlanActivated Activated(PaymentPlan plan, DateTimeOffset at) => new()
    {
        PlanId = plan.Id,
        CaseId = plan.CaseId,
        TotalAmount = plan.Schedule.TotalPaid.Amount,
        Currency = plan.Schedule.Currency.Code,
        InstalmentCount = plan.Schedule.Term,
        OccurredAt = at,
    };

    public static PlanConfirmationIssued ConfirmationIssued(PaymentPlan plan, Guid documentId, string channel, DateTimeOffset at) => new()
    {
        PlanId = plan.Id,
        CaseId = plan.CaseId,
        ConfirmationReference = $"documents/{documentId:D}",
        Channel = channel,
        OccurredAt = at,
    };

    public static InstalmentPaid InstalmentPaid(PaymentPlan plan, int number, DateTimeOffset at) => new()
    {
        PlanId = plan.Id,
        CaseId = plan.CaseId,
        InstalmentNumber = number,
        Amount = plan.Instalments.Single(i => i.Scheduled.Number == number).Scheduled.Amount.Amount,
        Currency = plan.Schedule.Currency.Code,
        OccurredAt = at,
    };

    public static InstalmentMissed InstalmentMissed(PaymentPlan plan, int number, DateTimeOffset at)
    {
        var instalment = plan.Instalments.Single(i => i.Scheduled.Number == number);
        return new()
        {
            PlanId = plan.Id,
            CaseId = plan.CaseId,
            InstalmentNumber = number,
            AmountDue = instalment.Scheduled.Amount.Amount,
            AmountPaid = instalment.Paid.Amount,
            Currency = plan.Schedule.Currency.Code,
            DueDate = instalment.Scheduled.DueDate,
            OccurredAt = at,
        };
    }

    public static PlanBroken Broken(PaymentPlan plan, DateTimeOffset at) => new()
    {
        PlanId = plan.Id,
        CaseId = plan.CaseId,
        MissedInstalments = plan.Instalments.Count(i => i.Status == InstalmentStatus.Missed),
        OutstandingAmount = plan.Outstanding.Amount,
        Currency = plan.Schedule.Currency.Code,
        OccurredAt = at,
    };

    public static PlanCompleted Completed(PaymentPlan plan, DateTimeOffset at) => new()
    {
        PlanId = plan.Id,
        CaseId = plan.CaseId,
        TotalPaid = plan.Received.Amount,
        Currency = plan.Schedule.Currency.Code,
        OccurredAt = at,
    };
}
