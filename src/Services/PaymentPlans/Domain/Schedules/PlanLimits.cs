using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Hard limits every plan obeys whatever the policy pack says.</summary>
public static class PlanLimits
{
    /// <summary>R9: no plan runs longer than 60 months.</summary>
    public const int MaxTermMonths = 60;

    /// <summary>A sanity bound on the monthly rate (50 % a month).</summary>
    public const decimal MaxMonthlyRate = 0.5m;

    public static void EnsureTerm(int termMonths, string field = "term_months")
    {
        if (termMonths < 1)
            throw new DomainException("TERM_NOT_POSITIVE", "The term must be at least one month.", field);
        if (termMonths > MaxTermMonths)
            throw new DomainException("TERM_EXCEEDS_MAXIMUM", $"The term may not exceed {MaxTermMonths} months.", field);
    }
}
