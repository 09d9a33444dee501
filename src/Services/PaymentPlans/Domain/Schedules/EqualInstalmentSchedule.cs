using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Annuity (等额本息): payment = P·r / (1 − (1 + r)^−n) rounded to the minor unit; the last
/// instalment absorbs the rounding.</summary>
public static class EqualInstalmentSchedule
{
    public static RepaymentSchedule Build(ScheduleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var instalments = Build(terms.Principal, terms.MonthlyRate, terms.TermMonths, terms.FirstDueDate);
        var zero = Money.Zero(terms.Currency);
        return new RepaymentSchedule(PlanType.EqualInstalment, terms.Principal, terms.MonthlyRate, instalments, zero, zero);
    }

    public static Money Payment(Money principal, decimal rate, int termMonths) =>
        Money.Round(DecimalMath.AnnuityPayment(principal.Amount, rate, termMonths), principal.Currency);

    internal static IReadOnlyList<ScheduledInstalment> Build(Money principal, decimal rate, int termMonths, DateOnly firstDueDate)
    {
        var payment = Payment(principal, rate, termMonths);
        var instalments = payment.IsPositive
            ? Amortisation.Build(principal, rate, firstDueDate, termMonths, (_, interest) => payment - interest)
            : [];
        if (instalments.Count < termMonths)
            throw new DomainException("INSTALMENT_BELOW_MINOR_UNIT", "The amount is too small to spread over this term.", "term_months");
        return instalments;
    }
}
