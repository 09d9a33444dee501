using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

public sealed class PaymentPlanLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    internal static PaymentPlan ActivePlan(decimal principal = 1_200m, int term = 3, IReadOnlyList<ApprovalReason>? reasons = null)
    {
        var plan = Proposed(principal, term, reasons);
        plan.Accept("DEBTOR-1", AcceptanceChannel.MobileApp, Now.AddHours(1));
        plan.IssueConfirmation(TestData.Cny(principal), Now.AddHours(1));
        plan.Activate(Now.AddHours(1));
        return plan;
    }

    internal static PaymentPlan Proposed(decimal principal = 1_200m, int term = 3, IReadOnlyList<ApprovalReason>? reasons = null)
    {
        var schedule = EqualInstalmentSchedule.Build(new ScheduleTerms(TestData.Cny(principal), 0m, term, new DateOnly(2026, 12, 10)));
        return PaymentPlan.Propose(Guid.NewGuid(), Guid.NewGuid(), schedule, reasons ?? [], Now, PlanPolicy.Default);
    }

    [Fact]
    public void Proposed_accepted_confirmed_active_and_completed_by_paying_every_instalment()
    {
        var plan = ActivePlan();

        plan.State.ShouldBe(PlanState.Active);
        plan.Acceptance.ShouldBe(new PlanAcceptance("DEBTOR-1", Now.AddHours(1), AcceptanceChannel.MobileApp));
        var allocation = plan.ApplyPayment(TestData.Cny(1_200m));
        allocation.PlanCompleted.ShouldBeTrue();
        plan.State.ShouldBe(PlanState.Completed);
    }

    [Fact]
    public void The_written_confirmation_lists_balance_every_instalment_interest_fees_and_breach_and_is_hashed()
    {
        var plan = Proposed();
        plan.Accept("DEBTOR-1", AcceptanceChannel.Web, Now);

        var confirmation = plan.IssueConfirmation(TestData.Cny(1_350m), Now);

        confirmation.Text.ShouldContain("Outstanding balance on the case: 1350.00 CNY");
        foreach (var date in new[] { "2026-12-10", "2027-01-10", "2027-02-10" })
            confirmation.Text.ShouldContain($"{date}  400.00 CNY");
        confirmation.Text.ShouldContain("Interest:");
        confirmation.Text.ShouldContain("Fees:");
        confirmation.Text.ShouldContain("3 days after its due date the plan is broken");
        confirmation.Sha256.Length.ShouldBe(64);
        confirmation.IsIntact.ShouldBeTrue();
        (confirmation with { Text = confirmation.Text.Replace("400.00", "40.00", StringComparison.Ordinal) }).IsIntact.ShouldBeFalse();
    }

    [Fact]
    public void A_plan_cannot_be_activated_before_its_confirmation_is_issued()
    {
        var plan = Proposed();
        plan.Accept("DEBTOR-1", AcceptanceChannel.Phone, Now);

        Should.Throw<DomainException>(() => plan.Activate(Now)).Reason.ShouldBe("CONFIRMATION_NOT_ISSUED");
    }

    [Fact]
    public void Accepting_twice_or_after_expiry_is_refused()
    {
        var plan = Proposed();
        plan.Accept("DEBTOR-1", AcceptanceChannel.Phone, Now);
        Should.Throw<DomainException>(() => plan.Accept("DEBTOR-1", AcceptanceChannel.Phone, Now)).Reason.ShouldBe("PLAN_ALREADY_ACCEPTED");

        var stale = Proposed();
        Should.Throw<DomainException>(() => stale.Accept("DEBTOR-1", AcceptanceChannel.Phone, Now.AddDays(15))).Reason.ShouldBe("PLAN_OFFER_EXPIRED");
        stale.State.ShouldBe(PlanState.Proposed);
    }

    [Fact]
    public void An_instalment_above_the_affordable_amount_needs_a_supervisor_before_acceptance()
    {
        var plan = Proposed(reasons: [ApprovalReason.InstalmentAboveAffordable]);

        Should.Throw<DomainException>(() => plan.Accept("DEBTOR-1", AcceptanceChannel.Phone, Now)).Reason.ShouldBe("SUPERVISOR_APPROVAL_REQUIRED");
        plan.Approve("SUP-7", Now);
        plan.Accept("DEBTOR-1", AcceptanceChannel.Phone, Now);
        plan.State.ShouldBe(PlanState.Accepted);
    }

    [Fact]
    public void An_instalment_unpaid_on_the_last_grace_day_is_not_missed_the_day_after_it_breaks_the_plan()
    {
        var plan = ActivePlan();
        var due = plan.Instalments[0].Scheduled.DueDate;

        plan.Review(due.AddDays(3)).PlanBroken.ShouldBeFalse();
        plan.State.ShouldBe(PlanState.Active);
        var review = plan.Review(due.AddDays(4));

        review.ShouldBe(review with { PlanBroken = true });
        review.NewlyMissedInstalments.ShouldBe([1]);
        plan.State.ShouldBe(PlanState.Broken);
    }

    [Fact]
    public void A_paid_instalment_is_never_missed()
    {
        var plan = ActivePlan();
        plan.ApplyPayment(TestData.Cny(400m));

        plan.Review(plan.Instalments[0].Scheduled.DueDate.AddDays(10)).PlanBroken.ShouldBeFalse();
        plan.State.ShouldBe(PlanState.Active);
    }

    [Fact]
    public void A_plan_can_be_renegotiated_but_not_before_acceptance()
    {
        Should.Throw<DomainException>(() => Proposed().Renegotiate()).Reason.ShouldBe("PLAN_NOT_RENEGOTIABLE");
        var plan = ActivePlan();
        plan.Renegotiate();
        plan.State.ShouldBe(PlanState.Renegotiated);
    }

    [Fact]
    public void A_plan_longer_than_sixty_months_cannot_be_proposed()
    {
        var schedule = DeferralSchedule.Build(new ScheduleTerms(TestData.Cny(6_000m), 0m, 57, new DateOnly(2026, 12, 1)), 3, DeferralInterest.Frozen);
        var stretched = schedule with { DeferralMonths = 4 };

        Should.Throw<DomainException>(() => PaymentPlan.Propose(Guid.NewGuid(), Guid.NewGuid(), stretched, [], Now, PlanPolicy.Default))
            .Reason.ShouldBe("TERM_EXCEEDS_MAXIMUM");
    }
}
