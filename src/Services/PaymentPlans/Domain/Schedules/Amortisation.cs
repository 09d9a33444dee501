using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Builds monthly instalments from a balance: interest on the outstanding balance rounded to
/// the minor unit, a principal part chosen by the plan type, and a last instalment that absorbs
/// whatever remains, so the principal parts sum exactly to the balance.</summary>
internal static class Amortisation
{
    /// <param name="principalPart">Given the instalment number and its interest, the principal part of a
    /// regular (not last) instalment.</param>
    public static IReadOnlyList<ScheduledInstalment> Build(
        Money balance, decimal rate, DateOnly firstDueDate, int termMonths, Func<int, Money, Money> principalPart)
    {
        var currency = balance.Currency;
        var instalments = new List<ScheduledInstalment>(termMonths);
        var outstanding = balance;
        for (var number = 1; number <= termMonths && outstanding.IsPositive; number++)
        {
            var interest = Money.Round(outstanding.Amount * rate, currency);
            var principal = number == termMonths ? outstanding : principalPart(number, interest);
            if (principal.IsNegative)
                throw new DomainException("PAYMENT_BELOW_INTEREST", "An instalment would not cover the interest it accrues.", "amount");
            principal = Money.Min(principal, outstanding);
            outstanding -= principal;
            instalments.Add(new ScheduledInstalment(
                number, firstDueDate.AddMonths(number - 1), principal + interest, principal, interest, outstanding));
        }

        return instalments;
    }
}
