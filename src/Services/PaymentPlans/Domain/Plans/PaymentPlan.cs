using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Domain.Plans;

/// <summary>A repayment plan offered on a case: its schedule, its lifecycle and the payments made.</summary>
public sealed partial class PaymentPlan
{
    private readonly List<PlanInstalment> instalments;

    private PaymentPlan(
        Guid id, Guid caseId, RepaymentSchedule schedule, IReadOnlyList<ApprovalReason> approvalReasons,
        DateTimeOffset proposedAt, PlanPolicy policy)
    {
        Id = id;
        CaseId = caseId;
        Schedule = schedule;
        ApprovalReasons = approvalReasons;
        ProposedAt = proposedAt;
        ExpiresAt = proposedAt.AddDays(policy.OfferValidityDays);
        GraceDays = policy.GraceDays;
        PolicyVersion = policy.Version;
        State = PlanState.Proposed;
        CarriedForward = Money.Zero(schedule.Currency);
        instalments = [.. schedule.Instalments.Select(i => new PlanInstalment(i, Money.Zero(schedule.Currency), InstalmentStatus.Pending))];
    }

    public Guid Id { get; }

    public Guid CaseId { get; }

    public RepaymentSchedule Schedule { get; }

    public PlanState State { get; private set; }

    public IReadOnlyList<ApprovalReason> ApprovalReasons { get; }

    public SupervisorApproval? Approval { get; private set; }

    public DateTimeOffset ProposedAt { get; }

    public DateTimeOffset ExpiresAt { get; }

    public int GraceDays { get; }

    public string PolicyVersion { get; }

    public PlanAcceptance? Acceptance { get; private set; }

    public WrittenConfirmation? Confirmation { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    /// <summary>Paid beyond the whole plan; carried forward to the case balance.</summary>
    public Money CarriedForward { get; private set; }

    public IReadOnlyList<PlanInstalment> Instalments => instalments;

    public bool RequiresSupervisorApproval => ApprovalReasons.Count > 0;

    public Money Outstanding => Money.Sum(instalments.Select(i => i.Outstanding), Schedule.Currency);

    /// <summary>Everything received: what the instalments took plus what was carried forward.</summary>
    public Money Received => instalments.Aggregate(CarriedForward, (sum, i) => sum + i.Paid);

    public static PaymentPlan Propose(
        Guid id, Guid caseId, RepaymentSchedule schedule, IReadOnlyList<ApprovalReason> approvalReasons,
        DateTimeOffset proposedAt, PlanPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(approvalReasons);
        ArgumentNullException.ThrowIfNull(policy);
        PlanLimits.EnsureTerm(schedule.Term + schedule.DeferralMonths);
        return new PaymentPlan(id, caseId, schedule, approvalReasons, proposedAt, policy);
    }

    public void Approve(string supervisorId, DateTimeOffset at)
    {
        if (State != PlanState.Proposed || !RequiresSupervisorApproval || Approval is not null)
            throw new DomainException("PLAN_NOT_PENDING_APPROVAL", "Only a proposal waiting for a supervisor's approval can be approved.");
        if (string.IsNullOrWhiteSpace(supervisorId))
            throw new DomainException("SUPERVISOR_REQUIRED", "An approval names the approving supervisor.", "supervisor_id");
        Approval = new SupervisorApproval(supervisorId, at);
    }

    public void Accept(string acceptedBy, AcceptanceChannel channel, DateTimeOffset at)
    {
        if (State == PlanState.Expired)
            throw new DomainException("PLAN_OFFER_EXPIRED", "The plan offer has expired.");
        if (State is PlanState.Cancelled)
            throw new DomainException("PLAN_NOT_ACCEPTABLE", "The plan offer was withdrawn.");
        if (State != PlanState.Proposed)
            throw new DomainException("PLAN_ALREADY_ACCEPTED", "The plan is no longer open for acceptance.");
        if (at > ExpiresAt)
            throw new DomainException("PLAN_OFFER_EXPIRED", "The plan offer has expired.");
        if (RequiresSupervisorApproval && Approval is null)
            throw new DomainException("SUPERVISOR_APPROVAL_REQUIRED", "This plan needs a supervisor's approval before it can be accepted.");
        if (string.IsNullOrWhiteSpace(acceptedBy))
            throw new DomainException("ACCEPTED_BY_REQUIRED", "An acceptance names who accepted.", "accepted_by");
        Acceptance = new PlanAcceptance(acceptedBy, at, channel);
        State = PlanState.Accepted;
    }

    /// <summary>Generates and stores the written confirmation (R9) for an accepted plan.</summary>
    public WrittenConfirmation IssueConfirmation(Money caseBalance, DateTimeOffset at)
    {
        EnsureState(PlanState.Accepted);
        Confirmation = WrittenConfirmation.Create(PlanConfirmationText.Write(this, caseBalance), at);
        return Confirmation;
    }

    public void Activate(DateTimeOffset at)
    {
        EnsureState(PlanState.Accepted);
        if (Confirmation is null)
            throw new DomainException("CONFIRMATION_NOT_ISSUED", "A plan becomes active only after its written confirmation is issued.");
        ActivatedAt = at;
        State = PlanState.Active;
    }

    /// <summary>Applies a payment to the oldest unpaid instalment first; any excess moves on to the next
    /// instalment, and whatever exceeds the whole plan is carried forward.</summary>
    public PaymentAllocation ApplyPayment(Money amount)
    {
        if (State is not (PlanState.Active or PlanState.Broken))
            throw new DomainException("PLAN_NOT_ACTIVE", "Payments are applied only to active or broken plans.");
        if (!amount.IsPositive)
            throw new DomainException("AMOUNT_NOT_POSITIVE", "A payment must be greater than zero.", "amount");
        var remaining = amount;
        var allocations = new List<InstalmentAllocation>();
        for (var index = 0; index < instalments.Count && remaining.IsPositive; index++)
        {
            var instalment = instalments[index];
            if (instalment.IsPaid)
                continue;
            var applied = Money.Min(remaining, instalment.Outstanding);
            var paid = instalment.Paid + applied;
            var status = paid == instalment.Scheduled.Amount ? InstalmentStatus.Paid
                : instalment.Status == InstalmentStatus.Missed ? InstalmentStatus.Missed
                : InstalmentStatus.PartiallyPaid;
            instalments[index] = instalment with { Paid = paid, Status = status };
            allocations.Add(new InstalmentAllocation(instalment.Scheduled.Number, applied, status == InstalmentStatus.Paid));
            remaining -= applied;
        }

        CarriedForward += remaining;
        var completed = instalments.All(i => i.IsPaid);
        if (completed)
            State = PlanState.Completed;
        return new PaymentAllocation(allocations, remaining, completed);
    }

    /// <summary>Marks instalments unpaid more than the grace days after their due date as missed; the
    /// first miss breaks an active plan.</summary>
    public PlanReview Review(DateOnly today)
    {
        if (State != PlanState.Active && State != PlanState.Broken)
            return new PlanReview([], false);
        var missed = new List<int>();
        for (var index = 0; index < instalments.Count; index++)
        {
            var instalment = instalments[index];
            if (instalment.IsPaid || instalment.Status == InstalmentStatus.Missed)
                continue;
            if (today > instalment.Scheduled.DueDate.AddDays(GraceDays))
            {
                instalments[index] = instalment with { Status = InstalmentStatus.Missed };
                missed.Add(instalment.Scheduled.Number);
            }
        }

        var broke = missed.Count > 0 && State == PlanState.Active;
        if (broke)
            State = PlanState.Broken;
        return new PlanReview(missed, broke);
    }

    /// <summary>Withdraws a proposal that was not accepted.</summary>
    public void Cancel()
    {
        if (State != PlanState.Proposed)
            throw new DomainException("PLAN_NOT_CANCELLABLE", "Only a proposal that was not accepted can be cancelled.");
        State = PlanState.Cancelled;
    }

    /// <summary>Ends a proposal not accepted by its expiry time; returns whether it expired now.</summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        if (State != PlanState.Proposed || now <= ExpiresAt)
            return false;
        State = PlanState.Expired;
        return true;
    }

    /// <summary>Closes this plan because a new one is being negotiated in its place.</summary>
    public void Renegotiate()
    {
        if (State is not (PlanState.Active or PlanState.Broken or PlanState.Accepted))
            throw new DomainException("PLAN_NOT_RENEGOTIABLE", "Only an accepted, active or broken plan can be renegotiated.");
        State = PlanState.Renegotiated;
    }

    private void EnsureState(PlanState expected)
    {
        if (State != expected)
            throw new DomainException("PLAN_STATE_INVALID", $"The plan must be {expected} for this step, but it is {State}.");
    }
}
