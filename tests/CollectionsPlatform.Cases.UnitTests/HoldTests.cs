using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class HoldTests
{
    private static readonly CaseHold Dispute = new("H-1", "dispute", "complaints/1", CaseBuilder.Now);
    private static readonly CaseHold Harassment = new("H-2", "complaint:harassment", "complaints/2", CaseBuilder.Now.AddHours(1));

    [Fact]
    public void Holds_stack_and_the_case_resumes_only_when_the_last_is_lifted()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.MoveTo(CaseState.InContact, "right_party_contact", CaseBuilder.Now);
        collectionCase.PlaceHold(Dispute);
        collectionCase.PlaceHold(Harassment);

        collectionCase.LiftHold("H-1", CaseBuilder.Now.AddDays(1));
        collectionCase.State.ShouldBe(CaseState.OnHold);
        collectionCase.Holds.ShouldBe([Harassment]);
        collectionCase.LiftHold("H-2", CaseBuilder.Now.AddDays(2));

        collectionCase.State.ShouldBe(CaseState.InContact);
        collectionCase.Holds.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_hold_twice_is_refused()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.PlaceHold(Dispute);

        Should.Throw<DomainException>(() => collectionCase.PlaceHold(Dispute with { PlacedAt = CaseBuilder.Now.AddDays(1) })).Reason.ShouldBe("CASE_ALREADY_ON_HOLD");

        collectionCase.Holds.ShouldHaveSingleItem();
    }

    [Fact]
    public void Writing_back_adds_and_removes_hold_rows()
    {
        var collectionCase = CaseBuilder.OpenCase();
        collectionCase.PlaceHold(Dispute);
        var record = collectionCase.ToRecord("CN");
        record.CopyFrom(collectionCase);
        record.Holds.Select(h => h.HoldId).ShouldBe(["H-1"]);

        collectionCase.PlaceHold(Harassment);
        collectionCase.LiftHold("H-1", CaseBuilder.Now.AddDays(1));
        record.CopyFrom(collectionCase);

        var hold = record.Holds.ShouldHaveSingleItem();
        (hold.CaseId, hold.HoldId, hold.Reason, hold.Source, hold.PlacedAt).ShouldBe((collectionCase.Id, "H-2", "complaint:harassment", "complaints/2", Harassment.PlacedAt));
    }
}
