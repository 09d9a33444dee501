using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Quotes all five plan types side by side for one balance, flagging those a supervisor must approve.</summary>
public sealed class PlanQuoter(PlanPolicy policy)
{
    public IReadOnlyList<PlanQuote> QuoteAll(PlanQuoteRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var terms = request.Terms;
        if (terms.FirstDueDate < today)
            throw new DomainException("FIRST_DUE_DATE_IN_PAST", "The first due date may not be in the past.", "first_due_date");
        if (request.AffordableInstalment is { } affordable && affordable.Currency != terms.Currency)
            throw new DomainException("CURRENCY_MISMATCH", "The affordable instalment is in another currency.", "currency_code");
        var schedules = new List<RepaymentSchedule>
        {
            EqualInstalmentSchedule.Build(terms),
            EqualPrincipalSchedule.Build(terms),
        };
        if (terms.TermMonths >= 2)
            schedules.Add(StepUpSchedule.Build(terms, policy.StepUpFirstPaymentShare));
        var deferralTerm = Math.Min(terms.TermMonths, PlanLimits.MaxTermMonths - policy.DeferralMonths);
        var deferralTerms = new ScheduleTerms(terms.Principal, terms.MonthlyRate, deferralTerm, terms.FirstDueDate);
        schedules.Add(DeferralSchedule.Build(deferralTerms, policy.DeferralMonths, request.DeferralInterest));
        schedules.Add(SettlementSchedule.Build(terms.Principal, request.SettlementDiscountRate, terms.FirstDueDate));
        return [.. schedules.Select(s => new PlanQuote(s, ApprovalReasonsFor(s, request)))];
    }

    /// <summary>One outcome per plan type, in <see cref="PlanType"/> order: the quote, or the stable reason the
    /// type cannot be offered for these terms (for example a step-up over one month).</summary>
    public IReadOnlyList<QuoteOutcome> QuoteEach(ScheduleTerms terms, ScheduleOptions options, Money? affordableInstalment)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(options);
        var request = new PlanQuoteRequest(terms, options.DeferralInterest, options.SettlementDiscountRate, affordableInstalment);
        var outcomes = new List<QuoteOutcome>();
        foreach (var type in Enum.GetValues<PlanType>())
        {
            var typeTerms = type == PlanType.Deferral && terms.TermMonths + options.DeferralMonths > PlanLimits.MaxTermMonths
                && PlanLimits.MaxTermMonths - options.DeferralMonths >= 1
                ? new ScheduleTerms(terms.Principal, terms.MonthlyRate, PlanLimits.MaxTermMonths - options.DeferralMonths, terms.FirstDueDate)
                : terms;
            try
            {
                var schedule = PlanScheduleBuilder.Build(type, typeTerms, options);
                outcomes.Add(new QuoteOutcome(type, new PlanQuote(schedule, ApprovalReasonsFor(schedule, request)), null));
            }
            catch (DomainException infeasible)
            {
                outcomes.Add(new QuoteOutcome(type, null, infeasible.Reason));
            }
        }

        return outcomes;
    }

    public IReadOnlyList<ApprovalReason> ApprovalReasonsFor(RepaymentSchedule schedule, PlanQuoteRequest request)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(request);
        var reasons = new List<ApprovalReason>();
        if (request.AffordableInstalment is { } affordable && schedule.LargestInstalment > affordable)
            reasons.Add(ApprovalReason.InstalmentAboveAffordable);
        if (schedule.Type == PlanType.Settlement && schedule.Discount.Amount > schedule.Principal.Amount * policy.SettlementDiscountApprovalThreshold)
            reasons.Add(ApprovalReason.DiscountAboveThreshold);
        return reasons;
    }
}
