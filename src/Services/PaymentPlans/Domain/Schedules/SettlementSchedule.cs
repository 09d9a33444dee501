using CollectionsPlatform.Domain;
namespace CollectionsPlatform.PaymentPlans.Domain.Schedules;

/// <summary>Lump-sum settlement: one payment of the balance less a discount (the discount rounded down
/// to the minor unit, so the institution never forgives more than the rate says).</summary>
public static class SettlementSchedule
{
    public static RepaymentSchedule Build(Money balance, decimal discountRate, DateOnly dueDate)
    {
        if (!balance.IsPositive)
            throw new DomainException("AMOUNT_NOT_POSITIVE", "The amount to settle must be greater than zero.", "amount");
        if (discountRate < 0m || discountRate >= 1m)
            throw new DomainException("DISCOUNT_OUT_OF_RANGE", "A settlement discount is at least 0 and below 100 %.", "discount_rate");
        return Single(balance, Money.RoundDown(balance.Amount * discountRate, balance.Currency), dueDate);
    }

    /// <summary>A settlement for an exact amount, above zero and at most the balance.</summary>
    public static RepaymentSchedule ForAmount(Money balance, Money amount, DateOnly dueDate)
    {
        if (!balance.IsPositive || !amount.IsPositive)
            throw new DomainException("AMOUNT_NOT_POSITIVE", "The amount to settle must be greater than zero.", "amount");
        if (amount > balance)
            throw new DomainException("AMOUNT_ABOVE_BALANCE", "A settlement may not exceed the balance.", "terms.settlement.settlement_amount");
        return Single(balance, balance - amount, dueDate);
    }

    private static RepaymentSchedule Single(Money balance, Money discount, DateOnly dueDate)
    {
        var currency = balance.Currency;
        var amount = balance - discount;
        var zero = Money.Zero(currency);
        var instalment = new ScheduledInstalment(1, dueDate, amount, amount, zero, zero);
        return new RepaymentSchedule(PlanType.Settlement, balance, 0m, [instalment], zero, discount);
    }
}
