using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>An exact schedule. Every instalment is a whole number of minor units and
/// <c>TotalPaid == Principal + TotalInterest − Discount</c> holds to the minor unit.</summary>
/// <param name="Principal">The balance the plan repays.</param>
/// <param name="MonthlyRate">Interest rate per month as a fraction (0.01 = 1 % a month).</param>
/// <param name="CapitalisedInterest">Interest accrued during a deferral and added to the balance.</param>
/// <param name="Discount">The part of the balance forgiven by a settlement.</param>
/// <param name="DeferralMonths">Months the first due date was moved out (deferral plans only).</param>
public sealed record RepaymentSchedule(
    PlanType Type,
    Money Principal,
    decimal MonthlyRate,
    IReadOnlyList<ScheduledInstalment> Instalments,
    Money CapitalisedInterest,
    Money Discount,
    int DeferralMonths = 0)
{
    public Currency Currency => Principal.Currency;

    /// <summary>Number of instalments.</summary>
    public int Term => Instalments.Count;

    public DateOnly FirstDueDate => Instalments[0].DueDate;

    public DateOnly FinalDueDate => Instalments[^1].DueDate;

    public Money TotalPaid => Money.Sum(Instalments.Select(i => i.Amount), Currency);

    public Money TotalInterest => Money.Sum(Instalments.Select(i => i.Interest), Currency) + CapitalisedInterest;

    public Money LargestInstalment => Instalments.Select(i => i.Amount).Aggregate(Money.Max);
}
