using CollectionsPlatform.PaymentPlans.Domain.Schedules;
using CollectionsPlatform.PaymentPlans.Features.Shared;
using CollectionsPlatform.PaymentPlans.Mapping;
using V1 = Collections.PaymentPlans.V1;

namespace CollectionsPlatform.PaymentPlans.Grpc;

/// <summary>Checks the shape of asked-for terms (amount above zero and exact, term 1–60 (R9), first due date not in
/// the past, rate not negative, options consistent) and turns them into <see cref="PlanTermsInput"/>.</summary>
public static class PlanTermsMapping
{
    public const int DefaultQuoteTermMonths = 12;

    public static PlanTermsInput? FromTerms(V1.PlanTerms? terms, string prefix, DateOnly today, Violations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (terms is null)
        {
            violations.Add("FIELD_REQUIRED", "The plan terms are required.", prefix);
            return null;
        }

        var type = EnumMapping.ToDomain(terms.Type);
        if (type is null)
            violations.Add("INVALID_PLAN_TERMS", "The plan type is required.", $"{prefix}.type");
        var defaultTerm = type == PlanType.Settlement ? 1 : 0;
        return Build(type, terms.Amount, terms.TermMonths == 0 ? defaultTerm : terms.TermMonths, terms.FirstDueDate, terms.AnnualInterestRateBps,
            terms.StepUp, terms.Deferral, terms.Settlement, prefix + ".", today, violations);
    }

    public static PlanTermsInput? FromQuote(V1.QuotePaymentPlansRequest request, DateOnly today, Violations violations)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Build(null, request.Amount, request.TermMonths == 0 ? DefaultQuoteTermMonths : request.TermMonths, request.FirstDueDate,
            request.AnnualInterestRateBps, request.StepUp, request.Deferral, request.Settlement, string.Empty, today, violations);
    }

    private static PlanTermsInput? Build(
        PlanType? type, Google.Type.Money? amount, int termMonths, Google.Type.Date? firstDue, int rateBps,
        V1.PlanTerms.Types.StepUp? stepUp, V1.PlanTerms.Types.Deferral? deferral, V1.PlanTerms.Types.Settlement? settlement,
        string prefix, DateOnly today, Violations violations)
    {
        var money = violations.Money(amount, $"{prefix}amount", required: false);
        if (termMonths > PlanLimits.MaxTermMonths)
            violations.Add("PLAN_TERM_TOO_LONG", $"The term may not exceed {PlanLimits.MaxTermMonths} months (R9).", $"{prefix}term_months");
        else if (termMonths < 1)
            violations.Add("INVALID_PLAN_TERMS", "The term must be at least one month.", $"{prefix}term_months");
        var first = violations.Date(firstDue, $"{prefix}first_due_date") ?? today.AddMonths(1);
        if (first < today)
            violations.Add("FIRST_DUE_DATE_IN_PAST", "The first due date may not be in the past.", $"{prefix}first_due_date");
        if (rateBps is < 0 or > 100_000)
            violations.Add("INVALID_PLAN_TERMS", "The annual interest rate must be between 0 and 100,000 basis points.", $"{prefix}annual_interest_rate_bps");
        var firstPayment = stepUp is null ? null : violations.Money(stepUp.FirstPayment, $"{prefix}step_up.first_payment", required: false);
        int? deferralMonths = deferral is null ? null : deferral.DeferralMonths;
        if (deferralMonths < 1)
            violations.Add("INVALID_PLAN_TERMS", "Deferral months must be at least 1.", $"{prefix}deferral.deferral_months");
        else if (type == PlanType.Deferral && deferralMonths + termMonths > PlanLimits.MaxTermMonths)
            violations.Add("PLAN_TERM_TOO_LONG", "Deferral months and the term together may not exceed 60 months (R9).", $"{prefix}deferral.deferral_months");
        var settlementAmount = settlement is null ? null : violations.Money(settlement.SettlementAmount, $"{prefix}settlement.settlement_amount", required: false);
        return new PlanTermsInput(type, money, termMonths, first, rateBps, deferralMonths, deferral?.InterestAccrues ?? true, firstPayment, settlementAmount);
    }
}
