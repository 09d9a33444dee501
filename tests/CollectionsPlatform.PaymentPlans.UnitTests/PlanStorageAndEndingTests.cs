using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Plans;
using CollectionsPlatform.PaymentPlans.Domain.Promises;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

public sealed class PlanStorageAndEndingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_restored_plan_continues_exactly_where_the_stored_one_stopped()
    {
        var plan = PaymentPlanLifecycleTests.ActivePlan();
        plan.ApplyPayment(TestData.Cny(500m));

        var restored = PaymentPlan.Restore(plan.ToSnapshot());
        restored.ApplyPayment(TestData.Cny(300m));

        restored.Instalments.Select(i => i.Status).ShouldBe([InstalmentStatus.Paid, InstalmentStatus.Paid, InstalmentStatus.Pending]);
        restored.Confirmation.ShouldBe(plan.Confirmation);
        restored.Outstanding.ShouldBe(TestData.Cny(400m));
    }

    [Fact]
    public void A_proposal_can_be_cancelled_or_expire_and_then_not_be_accepted()
    {
        var cancelled = PaymentPlanLifecycleTests.Proposed();
        var stale = PaymentPlanLifecycleTests.Proposed();

        cancelled.Cancel();
        stale.ExpireIfDue(Now.AddDays(14)).ShouldBeFalse();
        stale.ExpireIfDue(Now.AddDays(14).AddTicks(1)).ShouldBeTrue();

        Should.Throw<DomainException>(() => cancelled.Accept("DEBTOR-1", AcceptanceChannel.Web, Now)).Reason.ShouldBe("PLAN_NOT_ACCEPTABLE");
        Should.Throw<DomainException>(() => stale.Accept("DEBTOR-1", AcceptanceChannel.Web, Now)).Reason.ShouldBe("PLAN_OFFER_EXPIRED");
        Should.Throw<DomainException>(() => PaymentPlanLifecycleTests.ActivePlan().Cancel()).Reason.ShouldBe("PLAN_NOT_CANCELLABLE");
    }

    [Fact]
    public void Only_a_proposal_waiting_for_a_supervisor_can_be_approved()
    {
        Should.Throw<DomainException>(() => PaymentPlanLifecycleTests.Proposed().Approve("SUP-1", Now)).Reason.ShouldBe("PLAN_NOT_PENDING_APPROVAL");
    }

    [Fact]
    public void A_settlement_for_an_exact_amount_forgives_the_rest_and_above_the_threshold_needs_approval()
    {
        var terms = new ScheduleTerms(TestData.Cny(10_000m), 0m, 1, TestData.Today);
        var options = ScheduleOptions.From(PlanPolicy.Default) with { SettlementAmount = TestData.Cny(7_000m) };

        var schedule = PlanScheduleBuilder.Build(PlanType.Settlement, terms, options);
        var reasons = new PlanQuoter(PlanPolicy.Default).ApprovalReasonsFor(schedule, new PlanQuoteRequest(terms));

        schedule.TotalPaid.ShouldBe(TestData.Cny(7_000m));
        schedule.Discount.ShouldBe(TestData.Cny(3_000m));
        reasons.ShouldBe([ApprovalReason.DiscountAboveThreshold]);
        Should.Throw<DomainException>(() => PlanScheduleBuilder.Build(PlanType.Settlement, terms, options with { SettlementAmount = TestData.Cny(10_001m) }))
            .Reason.ShouldBe("AMOUNT_ABOVE_BALANCE");
    }

    [Fact]
    public void Each_plan_type_is_quoted_or_named_infeasible_in_plan_type_order()
    {
        var terms = new ScheduleTerms(TestData.Cny(1_000m), 0.01m, 1, TestData.Today);

        var outcomes = new PlanQuoter(PlanPolicy.Default).QuoteEach(terms, ScheduleOptions.From(PlanPolicy.Default), TestData.Cny(2_000m));

        outcomes.Select(o => o.Type).ShouldBe(Enum.GetValues<PlanType>());
        outcomes.Single(o => o.Type == PlanType.StepUp).InfeasibleReason.ShouldBe("STEP_UP_TERM_TOO_SHORT");
        outcomes.Where(o => o.Type != PlanType.StepUp).ShouldAllBe(o => o.Quote != null && o.InfeasibleReason == null);
    }

    [Fact]
    public void A_pending_promise_can_be_cancelled_and_a_restored_one_keeps_what_was_paid()
    {
        var promise = PromiseToPay.Make(Guid.NewGuid(), Guid.NewGuid(), TestData.Cny(300m), TestData.Today, TestData.Today, 3);
        promise.RecordPayment(TestData.Cny(100m), TestData.Today);

        var restored = PromiseToPay.Restore(promise.Id, promise.CaseId, promise.Amount, promise.PromisedDate, 3, promise.Paid, promise.Status);
        restored.Cancel();

        restored.Paid.ShouldBe(TestData.Cny(100m));
        restored.Status.ShouldBe(PromiseStatus.Cancelled);
        Should.Throw<DomainException>(restored.Cancel).Reason.ShouldBe("PROMISE_NOT_PENDING");
    }
}
