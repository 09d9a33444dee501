using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Cases;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.Features.Shared;

/// <summary>Resolves asked-for terms against the case: the amount defaults to the outstanding balance and must be
/// in the case currency and not above it; the options default to the policy pack.</summary>
public static class PlanTermsResolver
{
    public static ResolvedTerms Resolve(PlanTermsInput input, CaseFacts facts, PlanPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var (money, field) in new[] { (input.Amount, "amount"), (input.StepUpFirstPayment, "step_up.first_payment"), (input.SettlementAmount, "settlement.settlement_amount") })
        {
            if (money is { } value && value.Currency != facts.Currency)
                throw new DomainException("CURRENCY_MISMATCH", "Amounts must be in the case currency.", $"{field}.currency_code");
        }

        if (facts.Closed)
            throw new DomainException("CASE_CLOSED", "The case is closed.");
        var amount = input.Amount ?? facts.Outstanding;
        if (amount > facts.Outstanding)
            throw new DomainException("AMOUNT_ABOVE_BALANCE", "The amount may not exceed the outstanding balance.", "amount");
        var monthlyRate = input.AnnualRateBps / 10_000m / 12m;
        var terms = new ScheduleTerms(amount, monthlyRate, input.TermMonths, input.FirstDueDate);
        var share = policy.StepUpFirstPaymentShare;
        if (input.StepUpFirstPayment is { } first)
        {
            var annuity = EqualInstalmentSchedule.Payment(amount, monthlyRate, input.TermMonths);
            share = first.Amount / annuity.Amount;
            if (share is <= 0m or >= 1m)
                throw new DomainException("INVALID_PLAN_TERMS", "A step-up first payment must be above zero and below the equal instalment.", "step_up.first_payment");
        }

        var options = new ScheduleOptions(
            input.DeferralMonths ?? policy.DeferralMonths,
            input.DeferralInterestAccrues || input.DeferralMonths is null ? DeferralInterest.Accrue : DeferralInterest.Frozen,
            share, policy.DefaultSettlementDiscount, input.SettlementAmount);
        return new ResolvedTerms(terms, options);
    }
}
