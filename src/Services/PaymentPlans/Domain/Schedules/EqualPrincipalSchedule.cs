using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>等额本金: P / n principal each month (rounded up to the minor unit, so the last instalment
/// holds the smaller remainder and payments never rise) plus interest on the outstanding balance.</summary>
public static class EqualPrincipalSchedule
{
    public static RepaymentSchedule Build(ScheduleTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var currency = terms.Currency;
        var n = terms.TermMonths;
        var share = Money.RoundUp(terms.Principal.Amount / n, currency);
        if (n > 1 && (share.Amount * (n - 1)) >= terms.Principal.Amount)
            throw new DomainException("INSTALMENT_BELOW_MINOR_UNIT", "The amount is too small to spread over this term.", "term_months");
        var instalments = Amortisation.Build(terms.Principal, terms.MonthlyRate, terms.FirstDueDate, n, (_, _) => share);
        var zero = Money.Zero(currency);
        return new RepaymentSchedule(PlanType.EqualPrincipal, terms.Principal, terms.MonthlyRate, instalments, zero, zero);
    }
}
