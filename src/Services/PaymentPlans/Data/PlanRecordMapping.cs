using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Data;

/// <summary>Stored plan ↔ <see cref="PaymentPlan"/> aggregate, exactly.</summary>
public static class PlanRecordMapping
{
    public static PaymentPlan ToDomain(this PlanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var currency = Currency.FromCode(record.Currency);
        Money Of(decimal amount) => new(amount, currency);
        var ordered = record.Instalments.OrderBy(i => i.Number).ToList();
        var scheduled = ordered.Select(i => new ScheduledInstalment(i.Number, i.DueDate, Of(i.Amount), Of(i.Principal), Of(i.Interest), Of(i.BalanceAfter))).ToList();
        var schedule = new RepaymentSchedule((PlanType)record.Type, Of(record.Principal), record.MonthlyRate, scheduled,
            Of(record.CapitalisedInterest), Of(record.Discount), record.DeferralMonths);
        var instalments = ordered.Select((i, index) => new PlanInstalment(scheduled[index], Of(i.Paid), (InstalmentStatus)i.Status)).ToList();
        return PaymentPlan.Restore(new PlanSnapshot(
            record.Id, record.CaseId, schedule, [.. record.ApprovalReasons.Select(r => (ApprovalReason)r)],
            record.ProposedAt, record.ExpiresAt, record.GraceDays, record.PolicyVersion, (PlanState)record.State,
            record.Approval is { } approval ? new SupervisorApproval(approval.SupervisorId, approval.ApprovedAt) : null,
            record.AcceptedBy is { } by ? new PlanAcceptance(by, record.AcceptedAt!.Value, (AcceptanceChannel)record.AcceptanceChannel!.Value) : null,
            record.Confirmation is { } confirmation ? new WrittenConfirmation(confirmation.Text, confirmation.Sha256, confirmation.IssuedAt) : null,
            record.ActivatedAt, Of(record.CarriedForward), instalments));
    }

    /// <summary>A new record for a just-proposed plan.</summary>
    public static PlanRecord ToNewRecord(this PaymentPlan plan, PlanRecordTerms terms)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(terms);
        var schedule = plan.Schedule;
        var record = new PlanRecord
        {
            Id = plan.Id,
            CaseId = plan.CaseId,
            Type = (int)schedule.Type,
            State = (int)plan.State,
            Currency = schedule.Currency.Code,
            Principal = schedule.Principal.Amount,
            MonthlyRate = schedule.MonthlyRate,
            AnnualRateBps = terms.AnnualRateBps,
            TermMonths = terms.TermMonths,
            FirstDueDate = terms.FirstDueDate,
            DeferralMonths = schedule.DeferralMonths,
            DeferralInterestAccrues = terms.DeferralInterestAccrues,
            CapitalisedInterest = schedule.CapitalisedInterest.Amount,
            Discount = schedule.Discount.Amount,
            ApprovalReasons = [.. plan.ApprovalReasons.Select(r => (int)r)],
            AssessmentId = terms.AssessmentId,
            WithinAffordability = terms.WithinAffordability,
            PolicyVersion = plan.PolicyVersion,
            GraceDays = plan.GraceDays,
            ReplacesPlanId = terms.ReplacesPlanId,
            ProposedAt = plan.ProposedAt,
            ExpiresAt = plan.ExpiresAt,
            Version = 1,
            Instalments = [.. plan.Instalments.Select(i => new InstalmentRecord
            {
                PlanId = plan.Id,
                Number = i.Scheduled.Number,
                DueDate = i.Scheduled.DueDate,
                Amount = i.Scheduled.Amount.Amount,
                Principal = i.Scheduled.Principal.Amount,
                Interest = i.Scheduled.Interest.Amount,
                BalanceAfter = i.Scheduled.BalanceAfter.Amount,
                Paid = i.Paid.Amount,
                Status = (int)i.Status,
            })],
        };
        return record;
    }

    /// <summary>Copies the aggregate's changed state onto its tracked record and bumps the etag version.</summary>
    public static void CopyStateTo(this PaymentPlan plan, PlanRecord record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(record);
        var wasEnded = IsEnded((PlanState)record.State);
        record.State = (int)plan.State;
        record.CarriedForward = plan.CarriedForward.Amount;
        record.ActivatedAt = plan.ActivatedAt;
        if (plan.Acceptance is { } acceptance)
        {
            record.AcceptedBy = acceptance.AcceptedBy;
            record.AcceptedAt = acceptance.AcceptedAt;
            record.AcceptanceChannel = (int)acceptance.Channel;
        }

        if (!wasEnded && IsEnded(plan.State))
            record.EndedAt = now;
        foreach (var instalment in plan.Instalments)
        {
            var stored = record.Instalments.Single(i => i.Number == instalment.Scheduled.Number);
            stored.Paid = instalment.Paid.Amount;
            stored.Status = (int)instalment.Status;
        }

        record.Version++;
    }

    public static bool IsEnded(PlanState state) =>
        state is PlanState.Completed or PlanState.Renegotiated or PlanState.Cancelled or PlanState.Expired;
}
