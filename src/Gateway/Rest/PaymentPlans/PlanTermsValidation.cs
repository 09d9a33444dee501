using Collections.PaymentPlans.V1;
using CollectionsPlatform.Gateway.Rest.Common;

namespace CollectionsPlatform.Gateway.Rest.PaymentPlans;

/// <summary>Edge checks of plan terms shared by quotes and proposals: shapes, required fields and the 60-month limit
/// (R9) that the contract states; business rules (dates in the past, amounts above the balance, currencies) stay with
/// the payment plans service.</summary>
internal static class PlanTermsValidation
{
    public const int MaxTermMonths = 60;

    public static int TermMonths(RequestValidation validation, int? termMonths, bool required)
    {
        switch (termMonths)
        {
            case null when required:
                validation.Add("termMonths", RestReasons.FieldRequired, "Required.");
                break;
            case > MaxTermMonths:
                validation.Add("termMonths", RestReasons.PlanTermTooLong, $"At most {MaxTermMonths} months (R9).");
                break;
            case < 1:
                validation.Add("termMonths", RestReasons.ValueOutOfRange, "At least 1 month.");
                break;
        }

        return termMonths ?? 0;
    }

    public static int InterestRate(RequestValidation validation, int? bps)
    {
        if (bps is < 0 or > 100_000)
        {
            validation.Add("annualInterestRateBps", RestReasons.ValueOutOfRange, "Between 0 and 100000 basis points.");
        }

        return bps ?? 0;
    }

    public static PlanTerms.Types.StepUp? StepUp(RequestValidation validation, StepUpOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        var stepUp = new PlanTerms.Types.StepUp
        {
            FirstPayment = validation.Money("stepUp.firstPayment", options.FirstPayment, required: true),
            Step = validation.Money("stepUp.step", options.Step, required: true, positive: false),
            StepEveryMonths = options.StepEveryMonths ?? 0,
        };
        if (options.StepEveryMonths is < 0 or > MaxTermMonths)
        {
            validation.Add("stepUp.stepEveryMonths", RestReasons.ValueOutOfRange, $"Between 0 and {MaxTermMonths}.");
        }

        return stepUp;
    }

    public static PlanTerms.Types.Deferral? Deferral(RequestValidation validation, DeferralOptions? options)
    {
        if (options is null)
        {
            return null;
        }

        if (options.DeferralMonths is null or < 1 or > MaxTermMonths)
        {
            validation.Add("deferral.deferralMonths", RestReasons.ValueOutOfRange, $"Required, between 1 and {MaxTermMonths}.");
        }

        return new PlanTerms.Types.Deferral { DeferralMonths = options.DeferralMonths ?? 0, InterestAccrues = options.InterestAccrues ?? false };
    }

    public static PlanTerms.Types.Settlement? Settlement(RequestValidation validation, SettlementOptions? options) =>
        options is null ? null : new PlanTerms.Types.Settlement { SettlementAmount = validation.Money("settlement.settlementAmount", options.SettlementAmount, required: true) };

    public static string Assessment(RequestValidation validation, string caseId, string? assessmentId)
    {
        if (assessmentId is null)
        {
            return string.Empty;
        }

        validation.RequireId("affordabilityAssessmentId", assessmentId);
        return ResourceIds.AffordabilityAssessment(caseId, assessmentId);
    }

    /// <summary>The proposal's terms; options of another type than the plan's are ignored.</summary>
    public static PlanTerms Terms(RequestValidation validation, ProposePlanRequest body)
    {
        var terms = new PlanTerms
        {
            Amount = validation.Money("amount", body.Amount, required: true),
            FirstDueDate = validation.Date("firstDueDate", body.FirstDueDate, required: true),
            AnnualInterestRateBps = InterestRate(validation, body.AnnualInterestRateBps),
        };
        if (!EnumText.TryParse<PlanType>(body.Type, out var type))
        {
            validation.Add("type", body.Type is null ? RestReasons.FieldRequired : RestReasons.InvalidEnumValue, "Must be one of " + EnumText.Names<PlanType>() + ".");
        }

        terms.Type = type;
        terms.TermMonths = type == PlanType.Settlement && body.TermMonths is null ? 1 : TermMonths(validation, body.TermMonths, required: true);
        switch (type)
        {
            case PlanType.StepUp when StepUp(validation, body.StepUp) is { } stepUp:
                terms.StepUp = stepUp;
                break;
            case PlanType.Deferral when Deferral(validation, body.Deferral) is { } deferral:
                terms.Deferral = deferral;
                break;
            case PlanType.Settlement when Settlement(validation, body.Settlement) is { } settlement:
                terms.Settlement = settlement;
                break;
        }

        return terms;
    }
}
