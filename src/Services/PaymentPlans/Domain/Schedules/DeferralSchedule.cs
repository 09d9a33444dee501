using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Deferral: the first due date moves out by k months; interest for those months is either
/// capitalised (accrue) or not charged (frozen); then equal instalments. The plan's whole span,
/// k + instalments, stays within <see cref="PlanLimits.MaxTermMonths"/> (R9).</summary>
public static class DeferralSchedule
{
    public static RepaymentSchedule Build(ScheduleTerms terms, int deferralMonths, DeferralInterest interest)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (deferralMonths < 1)
            throw new DomainException("DEFERRAL_NOT_POSITIVE", "A deferral moves the first due date out by at least one month.", "deferral_months");
        PlanLimits.EnsureTerm(deferralMonths + terms.TermMonths, "deferral_months");
        var currency = terms.Currency;
        var financed = interest == DeferralInterest.Accrue
            ? Money.Round(terms.Principal.Amount * DecimalMath.Pow(1m + terms.MonthlyRate, deferralMonths), currency)
            : terms.Principal;
        var instalments = EqualInstalmentSchedule.Build(
            financed, terms.MonthlyRate, terms.TermMonths, terms.FirstDueDate.AddMonths(deferralMonths));
        return new RepaymentSchedule(
            PlanType.Deferral, terms.Principal, terms.MonthlyRate, instalments,
            financed - terms.Principal, Money.Zero(currency), deferralMonths);
    }
}
