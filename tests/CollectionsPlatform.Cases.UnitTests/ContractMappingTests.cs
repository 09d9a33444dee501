using Collections.Cases.V1;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Strategy;
using CollectionsPlatform.Cases.Features.GetNextAction;
using CollectionsPlatform.Cases.Mapping;
using DomainState = CollectionsPlatform.Cases.Domain.Cases.CaseState;
using DomainBucket = CollectionsPlatform.Cases.Domain.Cases.DelinquencyBucket;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class ContractMappingTests
{
    [Theory]
    [InlineData("dispute", HoldReason.Dispute)]
    [InlineData("complaint:debt_not_owed", HoldReason.Dispute)]
    [InlineData("complaint:harassment", HoldReason.Complaint)]
    [InlineData("legal", HoldReason.Legal)]
    [InlineData("compliance_review", HoldReason.ComplianceReview)]
    public void Hold_reason_categories_map_to_the_contract(string reason, HoldReason expected) =>
        HoldMapping.ToProtoReason(reason).ShouldBe(expected);

    [Fact]
    public void Every_strategy_decision_maps_with_an_upper_case_reason_an_explanation_and_its_version()
    {
        var strategy = new CollectionStrategy(new StrategyOptions());
        var record = CaseBuilder.OpenCase().ToRecord("CN");
        var decisions =
            from state in Enum.GetValues<DomainState>()
            from bucket in Enum.GetValues<DomainBucket>()
            from promise in Enum.GetValues<PromiseState>()
            from balance in new[] { 1_000m, 80_000m }
            from failed in new[] { 0, 5 }
            let facts = new StrategyFacts(state, bucket, CaseBuilder.Cny(balance), promise, failed, 0, false)
            select new NextActionDecision(record, facts, strategy.Decide(facts), strategy.FieldVisitAllowed(facts), CaseBuilder.Now);

        foreach (var decision in decisions)
        {
            var proto = NextActionMapping.ToProto(decision);
            proto.Reason.ShouldBe(decision.Action.Reason.ToUpperInvariant());
            proto.Explanation.ShouldNotBe(decision.Action.Reason, "every reason has an English explanation");
            proto.StrategyVersion.ShouldBe("strategy-2026.11");
            proto.Action.ShouldNotBe(ActionType.Unspecified);
            proto.Inputs.OnHold.ShouldBeFalse();
        }
    }
}
