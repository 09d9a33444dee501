using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>What every schedule is computed from: the balance, a monthly rate, the number of monthly
/// instalments (1 to <see cref="PlanLimits.MaxTermMonths"/>, R9) and the first due date.</summary>
public sealed record ScheduleTerms
{
    public ScheduleTerms(Money principal, decimal monthlyRate, int termMonths, DateOnly firstDueDate)
    {
        if (!principal.IsPositive)
            throw new DomainException("AMOUNT_NOT_POSITIVE", "The amount to repay must be greater than zero.", "amount");
        if (monthlyRate < 0m || monthlyRate > PlanLimits.MaxMonthlyRate)
            throw new DomainException("INTEREST_RATE_OUT_OF_RANGE", "The monthly interest rate is outside the allowed range.", "monthly_rate");
        PlanLimits.EnsureTerm(termMonths);
        Principal = principal;
        MonthlyRate = monthlyRate;
        TermMonths = termMonths;
        FirstDueDate = firstDueDate;
    }

    public Money Principal { get; }

    public decimal MonthlyRate { get; }

    public int TermMonths { get; }

    public DateOnly FirstDueDate { get; }

    public Currency Currency => Principal.Currency;
}
