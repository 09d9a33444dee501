using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class DelinquencyIntakeTests
{
    private static DelinquencyRow Row(int daysPastDue, decimal principal = 10_000m, string currency = "CNY") =>
        new(2, "ACC-1", "DEBTOR-1", ProductType.CreditCard,
            new CaseBalances(new Money(principal, Currency.FromCode(currency)), Money.Zero(Currency.FromCode(currency)), Money.Zero(Currency.FromCode(currency))),
            daysPastDue);

    [Fact]
    public void A_newly_delinquent_account_opens_a_case_in_its_bucket()
    {
        var (opened, outcome) = DelinquencyIntake.Apply(null, Row(45), Guid.NewGuid(), CaseBuilder.Now);

        outcome.ShouldBe(DelinquencyUpdateOutcome.Opened);
        opened!.State.ShouldBe(CaseState.Open);
        opened.Bucket.ShouldBe(DelinquencyBucket.M2);
        opened.DequeueEvents().ShouldContain(e => e is CaseOpenedEvent);
    }

    [Fact]
    public void A_current_account_without_a_case_opens_nothing() =>
        DelinquencyIntake.Apply(null, Row(0), Guid.NewGuid(), CaseBuilder.Now).ShouldBe((null, DelinquencyUpdateOutcome.Skipped));

    [Fact]
    public void A_row_in_the_same_bucket_updates_balances_without_history()
    {
        var collectionCase = CaseBuilder.OpenCase(daysPastDue: 10);

        var (_, outcome) = DelinquencyIntake.Apply(collectionCase, Row(11, principal: 9_000m), Guid.NewGuid(), CaseBuilder.Now.AddDays(1));

        outcome.ShouldBe(DelinquencyUpdateOutcome.Updated);
        collectionCase.Balances.Principal.ShouldBe(CaseBuilder.Cny(9_000m));
        collectionCase.DaysPastDue.ShouldBe(11);
        collectionCase.BucketHistory.Count.ShouldBe(1);
    }

    [Fact]
    public void Crossing_a_bucket_boundary_moves_the_bucket_and_keeps_the_history()
    {
        var collectionCase = CaseBuilder.OpenCase(daysPastDue: 30);
        collectionCase.DequeueEvents();

        var (_, outcome) = DelinquencyIntake.Apply(collectionCase, Row(31), Guid.NewGuid(), CaseBuilder.Now.AddDays(1));

        outcome.ShouldBe(DelinquencyUpdateOutcome.BucketMoved);
        collectionCase.Bucket.ShouldBe(DelinquencyBucket.M2);
        collectionCase.BucketHistory.Select(h => (h.From, h.To)).ShouldBe(
            [(DelinquencyBucket.Current, DelinquencyBucket.M1), (DelinquencyBucket.M1, DelinquencyBucket.M2)]);
        collectionCase.DequeueEvents().OfType<CaseBucketChangedEvent>().Single().To.ShouldBe(DelinquencyBucket.M2);
    }

    [Fact]
    public void Back_to_current_cures_the_case_and_falling_behind_again_reopens_it()
    {
        var collectionCase = CaseBuilder.OpenCase(daysPastDue: 20);
        collectionCase.MoveTo(CaseState.InContact, "reached", CaseBuilder.Now);

        DelinquencyIntake.Apply(collectionCase, Row(0), Guid.NewGuid(), CaseBuilder.Now.AddDays(1)).Outcome.ShouldBe(DelinquencyUpdateOutcome.Cured);
        collectionCase.State.ShouldBe(CaseState.Cured);
        collectionCase.Bucket.ShouldBe(DelinquencyBucket.Current);

        DelinquencyIntake.Apply(collectionCase, Row(3), Guid.NewGuid(), CaseBuilder.Now.AddDays(30)).Outcome.ShouldBe(DelinquencyUpdateOutcome.Reopened);
        collectionCase.State.ShouldBe(CaseState.Open);
        collectionCase.Bucket.ShouldBe(DelinquencyBucket.M1);
    }

    [Fact]
    public void A_row_in_another_currency_than_the_case_is_refused_and_changes_nothing()
    {
        var collectionCase = CaseBuilder.OpenCase(daysPastDue: 20);

        Should.Throw<DomainException>(() => DelinquencyIntake.Apply(collectionCase, Row(25, currency: "USD"), Guid.NewGuid(), CaseBuilder.Now))
            .Reason.ShouldBe("CURRENCY_MISMATCH");
        collectionCase.DaysPastDue.ShouldBe(20);
    }
}
