namespace CollectionsPlatform.Domain;

/// <summary>An exact amount in a currency, always a whole number of the currency's minor units.</summary>
public readonly record struct Money : IComparable<Money>
{
    public Money(decimal amount, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (decimal.Round(amount, currency.MinorUnits) != amount)
            throw new DomainException("AMOUNT_PRECISION_EXCEEDED", $"An amount in {currency.Code} has at most {currency.MinorUnits} decimal places.", "amount");
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public Currency Currency { get; }

    public bool IsZero => Amount == 0m;

    public bool IsPositive => Amount > 0m;

    public bool IsNegative => Amount < 0m;

    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Rounds an exact value to the minor unit, half away from zero (commercial rounding).</summary>
    public static Money Round(decimal value, Currency currency) =>
        new(decimal.Round(value, currency.MinorUnits, MidpointRounding.AwayFromZero), currency);

    /// <summary>Rounds up (towards positive infinity) to the minor unit.</summary>
    public static Money RoundUp(decimal value, Currency currency) =>
        new(decimal.Ceiling(value / currency.MinorUnit) * currency.MinorUnit, currency);

    /// <summary>Rounds down (towards negative infinity) to the minor unit.</summary>
    public static Money RoundDown(decimal value, Currency currency) =>
        new(decimal.Floor(value / currency.MinorUnit) * currency.MinorUnit, currency);

    public static Money FromMinorUnits(long units, Currency currency) => new(units * currency.MinorUnit, currency);

    public long ToMinorUnits() => (long)(Amount / Currency.MinorUnit);

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    public static bool operator <(Money left, Money right) => left.Amount < right.Amount && SameCurrency(left, right) is not null;

    public static bool operator >(Money left, Money right) => left.Amount > right.Amount && SameCurrency(left, right) is not null;

    public static bool operator <=(Money left, Money right) => left.Amount <= right.Amount && SameCurrency(left, right) is not null;

    public static bool operator >=(Money left, Money right) => left.Amount >= right.Amount && SameCurrency(left, right) is not null;

    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        var total = Zero(currency);
        foreach (var amount in amounts)
            total += amount;
        return total;
    }

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount) * (SameCurrency(this, other) is null ? 0 : 1);

    public static Money Min(Money left, Money right) => left <= right ? left : right;

    public static Money Max(Money left, Money right) => left >= right ? left : right;

    public override string ToString() => $"{Amount.ToString($"F{Currency.MinorUnits}", System.Globalization.CultureInfo.InvariantCulture)} {Currency.Code}";

    private static Currency SameCurrency(Money left, Money right) => left.Currency == right.Currency
        ? left.Currency
        : throw new DomainException("CURRENCY_MISMATCH", "Amounts in different currencies cannot be combined.", "currency_code");
}
