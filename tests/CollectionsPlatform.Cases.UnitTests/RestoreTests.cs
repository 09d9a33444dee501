using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Strategy;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class RestoreTests
{
    [Fact]
    public void A_stored_row_restores_to_the_same_case_and_writes_back_unchanged()
    {
        var original = CaseBuilder.OpenCase(daysPastDue: 70);
        original.PlaceHold(new CaseHold("H-9", "complaint:harassment", "complaints/4", CaseBuilder.Now));
        original.BreakPromise(Guid.NewGuid(), CaseBuilder.Now);
        var record = original.ToRecord("CN");
        record.CopyFrom(original);

        var none = Array.Empty<string>();
        var restored = CollectionCase.Restore(record.ToSnapshot(none));
        var written = CaseBuilder.OpenCase(daysPastDue: 5, principal: 1m).ToRecord("US");
        written.CopyFrom(restored);

        restored.State.ShouldBe(CaseState.OnHold);
        restored.Hold.ShouldBe(original.Hold);
        restored.StateBeforeHold.ShouldBe(CaseState.Open);
        restored.Bucket.ShouldBe(DelinquencyBucket.M3);
        restored.Balances.ShouldBe(original.Balances);
        restored.Commitments.ShouldBe(new CaseCommitments(null, PlanState.None, PromiseState.Broken, 1));
        var (expected, actual) = (record.ToSnapshot(none), written.ToSnapshot(none));
        actual.Holds.ShouldBe(expected.Holds);
        (actual with { Id = expected.Id, Holds = expected.Holds }).ShouldBe(expected);
    }

    [Fact]
    public void A_restored_case_has_no_pending_events_and_records_only_what_happens_next()
    {
        var record = CaseBuilder.OpenCase(daysPastDue: 40).ToRecord("CN");
        var restored = CollectionCase.Restore(record.ToSnapshot([]));

        restored.DequeueEvents().ShouldBeEmpty();
        restored.Timeline.ShouldBeEmpty();
        restored.ApplyDelinquency(CaseBuilder.Balances(9_000m), 65, CaseBuilder.Now.AddDays(25));

        restored.Timeline.Select(t => t.Kind).ShouldBe([TimelineEntryKind.BalancesUpdated, TimelineEntryKind.BucketChanged]);
        restored.BucketHistory.ShouldHaveSingleItem().ShouldBe(new BucketChange(DelinquencyBucket.M2, DelinquencyBucket.M3, 65, CaseBuilder.Now.AddDays(25)));
        restored.DequeueEvents().ShouldHaveSingleItem().ShouldBeOfType<CaseBucketChangedEvent>();
    }
}
