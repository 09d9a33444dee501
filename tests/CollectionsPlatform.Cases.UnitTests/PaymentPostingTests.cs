using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class PaymentPostingTests
{
    [Fact]
    public void A_payment_goes_to_fees_then_interest_then_principal()
    {
        var collectionCase = CaseBuilder.OpenCase(principal: 10_000m, interest: 500m, fees: 100m);

        collectionCase.PostPayment("PAY-1", CaseBuilder.Cny(700m), CaseBuilder.Now).ShouldBe(PaymentPostingOutcome.Applied);

        collectionCase.Balances.ShouldBe(CaseBuilder.Balances(9_900m, 0m, 0m));
    }

    [Fact]
    public void Posting_the_same_payment_id_twice_applies_it_once()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.PostPayment("PAY-1", CaseBuilder.Cny(300m), CaseBuilder.Now);
        collectionCase.DequeueEvents();

        collectionCase.PostPayment("PAY-1", CaseBuilder.Cny(300m), CaseBuilder.Now).ShouldBe(PaymentPostingOutcome.Duplicate);

        collectionCase.Balances.Total.ShouldBe(CaseBuilder.Cny(10_300m));
        collectionCase.DequeueEvents().ShouldBeEmpty();
    }

    [Fact]
    public void Random_payment_streams_with_replays_leave_the_balance_equal_to_the_distinct_payments()
    {
        var random = new Random(31);
        for (var run = 0; run < 1000; run++)
        {
            var collectionCase = CaseBuilder.OpenCase(daysPastDue: 40, principal: random.Next(1_000, 100_000), interest: 0m, fees: 0m);
            var start = collectionCase.Balances.Total;
            var distinct = new Dictionary<string, Money>();
            var previous = start;
            for (var i = 0; i < 30; i++)
            {
                var id = $"PAY-{random.Next(15)}";
                var amount = distinct.TryGetValue(id, out var known) ? known : CaseBuilder.Cny(random.Next(1, 5_000));
                distinct[id] = amount;
                collectionCase.PostPayment(id, amount, CaseBuilder.Now);
                collectionCase.Balances.Total.ShouldBeLessThanOrEqualTo(previous);
                previous = collectionCase.Balances.Total;
            }

            var paid = Money.Sum(distinct.Values, Currency.Cny);
            (collectionCase.Balances.Total + paid - collectionCase.UnappliedCredit).ShouldBe(start, $"run {run}");
        }
    }

    [Fact]
    public void Paying_the_whole_balance_cures_the_case_and_an_excess_is_held_as_credit()
    {
        var collectionCase = CaseBuilder.OpenCase(principal: 1_000m, interest: 0m, fees: 0m);

        collectionCase.PostPayment("PAY-1", CaseBuilder.Cny(1_200m), CaseBuilder.Now);

        collectionCase.State.ShouldBe(CaseState.Cured);
        collectionCase.Bucket.ShouldBe(DelinquencyBucket.Current);
        collectionCase.UnappliedCredit.ShouldBe(CaseBuilder.Cny(200m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Zero_or_negative_payments_are_refused(decimal amount) =>
        Should.Throw<DomainException>(() => CaseBuilder.OpenCase().PostPayment("PAY-1", CaseBuilder.Cny(amount), CaseBuilder.Now))
            .Reason.ShouldBe("AMOUNT_NOT_POSITIVE");

    [Fact]
    public void A_payment_in_another_currency_is_refused() =>
        Should.Throw<DomainException>(() => CaseBuilder.OpenCase().PostPayment("PAY-1", new Money(5m, Currency.Usd), CaseBuilder.Now))
            .Reason.ShouldBe("CURRENCY_MISMATCH");
}
