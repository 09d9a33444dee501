using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Plans;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

public sealed class PaymentAllocationTests
{
    [Fact]
    public void A_payment_pays_the_oldest_instalment_first_and_the_excess_moves_to_the_next()
    {
        var plan = PaymentPlanLifecycleTests.ActivePlan();

        var allocation = plan.ApplyPayment(TestData.Cny(500m));

        allocation.Allocations.ShouldBe([
            new InstalmentAllocation(1, TestData.Cny(400m), true),
            new InstalmentAllocation(2, TestData.Cny(100m), false),
        ]);
        plan.Instalments.Select(i => i.Status).ShouldBe([InstalmentStatus.Paid, InstalmentStatus.PartiallyPaid, InstalmentStatus.Pending]);
        allocation.CarriedForward.IsZero.ShouldBeTrue();
    }

    [Fact]
    public void Paying_more_than_the_plan_completes_it_and_carries_the_rest_forward()
    {
        var plan = PaymentPlanLifecycleTests.ActivePlan();

        var allocation = plan.ApplyPayment(TestData.Cny(1_250m));

        allocation.CarriedForward.ShouldBe(TestData.Cny(50m));
        plan.CarriedForward.ShouldBe(TestData.Cny(50m));
        plan.State.ShouldBe(PlanState.Completed);
    }

    [Fact]
    public void Random_payment_streams_conserve_money_and_fill_instalments_in_order()
    {
        var random = new Random(51);
        for (var run = 0; run < 2000; run++)
        {
            var plan = PaymentPlanLifecycleTests.ActivePlan(principal: random.Next(1_000, 200_000), term: random.Next(1, 61));
            var total = plan.Schedule.TotalPaid;
            var paid = Money.Zero(Currency.Cny);
            while (plan.State == PlanState.Active && random.Next(40) > 0)
            {
                var amount = Money.FromMinorUnits(random.Next(1, 1_000_000), Currency.Cny);
                plan.ApplyPayment(amount);
                paid += amount;
                var firstUnpaid = plan.Instalments.TakeWhile(i => i.IsPaid).Count();
                plan.Instalments.Skip(firstUnpaid + 1).ShouldAllBe(i => i.Paid.IsZero, $"run {run}");
                (plan.Outstanding + paid - plan.CarriedForward).ShouldBe(total, $"run {run}");
            }
        }
    }

    [Fact]
    public void Payments_are_refused_before_the_plan_is_active() =>
        Should.Throw<DomainException>(() => PaymentPlanLifecycleTests.Proposed().ApplyPayment(TestData.Cny(10m))).Reason.ShouldBe("PLAN_NOT_ACTIVE");
}
