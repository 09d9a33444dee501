using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Promises;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

public sealed class PromiseToPayTests
{
    private static readonly DateOnly PromisedDate = new(2026, 12, 1);

    private static PromiseToPay Promise(decimal amount = 1_000m) =>
        PromiseToPay.Make(Guid.NewGuid(), Guid.NewGuid(), TestData.Cny(amount), PromisedDate, TestData.Today, graceDays: 3);

    [Fact]
    public void Paid_in_full_on_the_last_grace_day_is_kept()
    {
        var promise = Promise();

        promise.RecordPayment(TestData.Cny(1_000m), PromisedDate.AddDays(3)).ShouldBeTrue();

        promise.Status.ShouldBe(PromiseStatus.Kept);
        promise.Evaluate(PromisedDate.AddDays(10)).ShouldBe(PromiseStatus.Kept);
    }

    [Fact]
    public void A_payment_the_day_after_the_grace_period_does_not_count()
    {
        var promise = Promise();

        promise.RecordPayment(TestData.Cny(1_000m), PromisedDate.AddDays(4)).ShouldBeFalse();

        promise.Evaluate(PromisedDate.AddDays(4)).ShouldBe(PromiseStatus.Broken);
    }

    [Fact]
    public void Partial_payments_add_up_and_a_shortfall_is_partial_not_ignored()
    {
        var promise = Promise();
        promise.RecordPayment(TestData.Cny(300m), PromisedDate.AddDays(-2));
        promise.RecordPayment(TestData.Cny(200m), PromisedDate);

        promise.Evaluate(PromisedDate.AddDays(3)).ShouldBe(PromiseStatus.Pending);
        promise.Evaluate(PromisedDate.AddDays(4)).ShouldBe(PromiseStatus.Partial);
        promise.Paid.ShouldBe(TestData.Cny(500m));
    }

    [Fact]
    public void Several_partial_payments_reaching_the_amount_keep_the_promise()
    {
        var promise = Promise();
        promise.RecordPayment(TestData.Cny(600m), PromisedDate);
        promise.RecordPayment(TestData.Cny(400m), PromisedDate.AddDays(1));

        promise.Status.ShouldBe(PromiseStatus.Kept);
    }

    [Fact]
    public void Random_payment_days_decide_kept_partial_or_broken_at_the_grace_boundary()
    {
        var random = new Random(61);
        for (var run = 0; run < 3000; run++)
        {
            var promise = Promise(random.Next(100, 5_000));
            var counted = 0m;
            for (var i = random.Next(0, 5); i > 0; i--)
            {
                var day = PromisedDate.AddDays(random.Next(-5, 8));
                var amount = TestData.Cny(random.Next(1, 2_000));
                var wasPending = promise.Status == PromiseStatus.Pending;
                if (promise.RecordPayment(amount, day))
                    counted += amount.Amount;
                (day > promise.Deadline && promise.Paid.Amount > counted).ShouldBeFalse();
                if (!wasPending)
                    promise.Status.ShouldBe(PromiseStatus.Kept);
            }

            var expected = counted >= promise.Amount.Amount ? PromiseStatus.Kept
                : counted > 0 ? PromiseStatus.Partial : PromiseStatus.Broken;
            promise.Evaluate(promise.Deadline.AddDays(1)).ShouldBe(expected, $"run {run}");
        }
    }

    [Fact]
    public void Promises_in_the_past_or_for_nothing_are_refused()
    {
        Should.Throw<DomainException>(() => PromiseToPay.Make(Guid.NewGuid(), Guid.NewGuid(), TestData.Cny(10m), TestData.Today.AddDays(-1), TestData.Today, 3))
            .Reason.ShouldBe("PROMISE_DATE_IN_PAST");
        Should.Throw<DomainException>(() => Promise(0m)).Reason.ShouldBe("AMOUNT_NOT_POSITIVE");
    }
}
