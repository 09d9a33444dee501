using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>Rebuilding a stored plan exactly as it was saved (no rule runs on restore).</summary>
public sealed partial class PaymentPlan
{
    private PaymentPlan(PlanSnapshot snapshot)
    {
        Id = snapshot.Id;
        CaseId = snapshot.CaseId;
        Schedule = snapshot.Schedule;
        ApprovalReasons = snapshot.ApprovalReasons;
        ProposedAt = snapshot.ProposedAt;
        ExpiresAt = snapshot.ExpiresAt;
        GraceDays = snapshot.GraceDays;
        PolicyVersion = snapshot.PolicyVersion;
        State = snapshot.State;
        Approval = snapshot.Approval;
        Acceptance = snapshot.Acceptance;
        Confirmation = snapshot.Confirmation;
        ActivatedAt = snapshot.ActivatedAt;
        CarriedForward = snapshot.CarriedForward;
        instalments = [.. snapshot.Instalments];
    }

    public static PaymentPlan Restore(PlanSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Instalments.Count != snapshot.Schedule.Instalments.Count)
            throw new ArgumentException("The stored instalments do not match the schedule.", nameof(snapshot));
        return new PaymentPlan(snapshot);
    }

    /// <summary>The plan's state as stored.</summary>
    public PlanSnapshot ToSnapshot() => new(
        Id, CaseId, Schedule, ApprovalReasons, ProposedAt, ExpiresAt, GraceDays, PolicyVersion, State,
        Approval, Acceptance, Confirmation, ActivatedAt, CarriedForward, [.. instalments]);
}
