using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

public sealed class PlanQuoterTests
{
    private readonly PlanQuoter quoter = new(PlanPolicy.Default);

    private static ScheduleTerms Terms(int term = 24) => new(TestData.Cny(30_000m), 0.01m, term, TestData.Today.AddDays(10));

    [Fact]
    public void All_five_plan_types_are_quoted_side_by_side()
    {
        var quotes = quoter.QuoteAll(new PlanQuoteRequest(Terms(), SettlementDiscountRate: 0.1m), TestData.Today);

        quotes.Select(q => q.Schedule.Type).ShouldBe(
            [PlanType.EqualInstalment, PlanType.EqualPrincipal, PlanType.StepUp, PlanType.Deferral, PlanType.Settlement]);
        quotes.ShouldAllBe(q => !q.RequiresSupervisorApproval);
        quotes.Single(q => q.Schedule.Type == PlanType.Settlement).Schedule.TotalPaid.ShouldBe(TestData.Cny(27_000m));
    }

    [Fact]
    public void Instalments_above_the_affordable_amount_and_large_discounts_are_flagged_for_a_supervisor()
    {
        var quotes = quoter.QuoteAll(new PlanQuoteRequest(Terms(), SettlementDiscountRate: 0.25m, AffordableInstalment: TestData.Cny(1_400m)), TestData.Today);

        quotes.Single(q => q.Schedule.Type == PlanType.EqualInstalment).ApprovalReasons.ShouldBe([ApprovalReason.InstalmentAboveAffordable]);
        quotes.Single(q => q.Schedule.Type == PlanType.StepUp).RequiresSupervisorApproval.ShouldBeTrue();
        quotes.Single(q => q.Schedule.Type == PlanType.Settlement).ApprovalReasons.ShouldContain(ApprovalReason.DiscountAboveThreshold);
    }

    [Fact]
    public void A_first_due_date_in_the_past_is_refused() =>
        Should.Throw<DomainException>(() => quoter.QuoteAll(new PlanQuoteRequest(Terms()), TestData.Today.AddDays(11)))
            .Reason.ShouldBe("FIRST_DUE_DATE_IN_PAST");

    [Fact]
    public void A_sixty_month_request_still_keeps_the_deferral_within_sixty_months()
    {
        var deferral = quoter.QuoteAll(new PlanQuoteRequest(Terms(60)), TestData.Today).Single(q => q.Schedule.Type == PlanType.Deferral).Schedule;

        (deferral.Term + deferral.DeferralMonths).ShouldBe(60);
    }
}
