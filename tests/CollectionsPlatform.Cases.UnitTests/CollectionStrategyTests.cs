using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Strategy;

namespace CollectionsPlatform.Cases.UnitTests;

public sealed class CollectionStrategyTests
{
    private readonly CollectionStrategy strategy = new(new StrategyOptions());

    private static StrategyFacts Facts(DelinquencyBucket bucket, decimal balance = 10_000m, CaseState state = CaseState.InContact,
        PromiseState promise = PromiseState.None, int failedContacts = 0, int brokenPromises = 0, bool approved = false) =>
        new(state, bucket, CaseBuilder.Cny(balance), promise, failedContacts, brokenPromises, approved);

    [Theory]
    [InlineData(DelinquencyBucket.M1, NextActionKind.SmsReminder)]
    [InlineData(DelinquencyBucket.M2, NextActionKind.Call)]
    [InlineData(DelinquencyBucket.M3, NextActionKind.Call)]
    [InlineData(DelinquencyBucket.M5, NextActionKind.Call)]
    [InlineData(DelinquencyBucket.M7Plus, NextActionKind.LegalReview)]
    [InlineData(DelinquencyBucket.Current, NextActionKind.None)]
    public void The_action_follows_the_bucket(DelinquencyBucket bucket, NextActionKind expected)
    {
        var action = strategy.Decide(Facts(bucket));

        action.Kind.ShouldBe(expected);
        action.StrategyVersion.ShouldBe("strategy-2026.11");
        action.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData(50_000.00, false, NextActionKind.Call)]
    [InlineData(50_000.01, false, NextActionKind.FieldVisit)]
    [InlineData(12_000.00, true, NextActionKind.FieldVisit)]
    public void Field_visits_only_above_the_threshold_or_with_supervisor_approval(decimal balance, bool approved, NextActionKind expected) =>
        strategy.Decide(Facts(DelinquencyBucket.M4, balance, approved: approved)).Kind.ShouldBe(expected);

    [Fact]
    public void No_random_case_gets_a_field_visit_at_or_below_the_threshold_without_approval()
    {
        var random = new Random(41);
        var buckets = Enum.GetValues<DelinquencyBucket>();
        var states = Enum.GetValues<CaseState>();
        for (var i = 0; i < 5000; i++)
        {
            var facts = Facts(buckets[random.Next(buckets.Length)], random.Next(0, 50_001), states[random.Next(states.Length)],
                (PromiseState)random.Next(5), random.Next(6), random.Next(4), approved: false);
            strategy.Decide(facts).Kind.ShouldNotBe(NextActionKind.FieldVisit, facts.ToString());
        }
    }

    [Theory]
    [InlineData(CaseState.OnHold, "case_on_hold")]
    [InlineData(CaseState.PlanActive, "plan_being_kept")]
    [InlineData(CaseState.Promised, "promise_pending")]
    [InlineData(CaseState.Settled, "case_not_in_collection")]
    public void Holds_kept_plans_pending_promises_and_finished_cases_get_no_contact(CaseState state, string reason)
    {
        var action = strategy.Decide(Facts(DelinquencyBucket.M6, 90_000m, state));

        action.Kind.ShouldBe(NextActionKind.None);
        action.Reason.ShouldBe(reason);
    }

    [Fact]
    public void A_broken_promise_in_the_first_bucket_gets_a_call_instead_of_an_sms() =>
        strategy.Decide(Facts(DelinquencyBucket.M1, promise: PromiseState.Broken)).Kind.ShouldBe(NextActionKind.Call);

    [Fact]
    public void Repeated_failed_contacts_switch_to_email() =>
        strategy.Decide(Facts(DelinquencyBucket.M2, failedContacts: 3)).Kind.ShouldBe(NextActionKind.Email);

    [Fact]
    public void The_threshold_and_version_are_configuration()
    {
        var strict = new CollectionStrategy(new StrategyOptions { FieldVisitThreshold = 100_000m, Version = "strategy-test" });

        var action = strict.Decide(Facts(DelinquencyBucket.M4, 60_000m));

        action.ShouldBe(new NextAction(NextActionKind.Call, "mid_stage_delinquency", "strategy-test"));
    }

    [Fact]
    public void Facts_come_from_the_case()
    {
        var collectionCase = CaseBuilder.OpenCase(daysPastDue: 100, principal: 60_000m);

        strategy.Decide(StrategyFacts.From(collectionCase)).Kind.ShouldBe(NextActionKind.FieldVisit);
    }
}
