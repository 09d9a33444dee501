using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Step-up: a first payment F, then F + S, F + 2S, … until paid within the term. S is the
/// smallest step (rounded up to the minor unit) that repays the balance in n months:
/// P = F·a(n) + S·G(n), a(n) = (1 − v^n) / r, G(n) = (a(n) − n·v^n) / r, v = 1 / (1 + r).</summary>
public static class StepUpSchedule
{
    /// <param name="firstPaymentShare">F as a share of the annuity payment, in (0, 1).</param>
    public static RepaymentSchedule Build(ScheduleTerms terms, decimal firstPaymentShare)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (firstPaymentShare <= 0m || firstPaymentShare >= 1m)
            throw new DomainException("STEP_UP_SHARE_OUT_OF_RANGE", "The first payment share must be between 0 and 1.", "first_payment_share");
        if (terms.TermMonths < 2)
            throw new DomainException("STEP_UP_TERM_TOO_SHORT", "A step-up plan needs at least two instalments.", "term_months");
        var currency = terms.Currency;
        var annuity = EqualInstalmentSchedule.Payment(terms.Principal, terms.MonthlyRate, terms.TermMonths);
        var interest = Money.Round(terms.Principal.Amount * terms.MonthlyRate, currency);
        var first = Money.RoundDown(annuity.Amount * firstPaymentShare, currency);
        if (first <= interest)
            first = interest + Money.FromMinorUnits(1, currency);
        var step = Step(terms, first);
        var instalments = Amortisation.Build(
            terms.Principal, terms.MonthlyRate, terms.FirstDueDate, terms.TermMonths,
            (number, due) => new Money(first.Amount + (step.Amount * (number - 1)), currency) - due);
        var zero = Money.Zero(currency);
        return new RepaymentSchedule(PlanType.StepUp, terms.Principal, terms.MonthlyRate, instalments, zero, zero);
    }

    private static Money Step(ScheduleTerms terms, Money first)
    {
        var n = terms.TermMonths;
        var r = terms.MonthlyRate;
        decimal annuityFactor, gradientFactor;
        if (r == 0m)
        {
            annuityFactor = n;
            gradientFactor = n * (n - 1) / 2m;
        }
        else
        {
            var vn = 1m / DecimalMath.Pow(1m + r, n);
            annuityFactor = (1m - vn) / r;
            gradientFactor = (annuityFactor - (n * vn)) / r;
        }

        var step = (terms.Principal.Amount - (first.Amount * annuityFactor)) / gradientFactor;
        return Money.RoundUp(Math.Max(step, 0m), terms.Currency);
    }
}
