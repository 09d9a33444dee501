using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Api;

/// <summary>google.type.Money ↔ domain money, exactly (units + nanos, no floating point).</summary>
public static class MoneyMapping
{
    public static Money ToDomain(Google.Type.Money? money, string field)
    {
        if (money is null)
            throw new DomainException("FIELD_REQUIRED", $"The field {field} is required.", field);
        if (!Currency.TryFromCode(money.CurrencyCode, out var currency))
            throw new DomainException("UNKNOWN_CURRENCY", "The currency is not a supported ISO 4217 code.", $"{field}.currency_code");
        if (money.Nanos is <= -1_000_000_000 or >= 1_000_000_000 || (money.Units > 0 && money.Nanos < 0) || (money.Units < 0 && money.Nanos > 0))
            throw new DomainException("AMOUNT_INVALID", "units and nanos must have the same sign and nanos fewer than 10^9.", field);
        var amount = money.Units + (money.Nanos / 1_000_000_000m);
        if (decimal.Round(amount, currency.MinorUnits) != amount)
            throw new DomainException("AMOUNT_PRECISION_EXCEEDED", $"An amount in {currency.Code} has at most {currency.MinorUnits} decimal places.", field);
        return new Money(amount, currency);
    }

    public static Google.Type.Money ToProto(Money money) => ToProto(money.Amount, money.Currency.Code);

    public static Google.Type.Money ToProto(decimal amount, string currencyCode)
    {
        var units = decimal.Truncate(amount);
        return new Google.Type.Money
        {
            CurrencyCode = currencyCode,
            Units = (long)units,
            Nanos = (int)((amount - units) * 1_000_000_000m),
        };
    }
}
