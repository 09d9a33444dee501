namespace CollectionsPlatform.Domain;

/// <summary>An ISO 4217 currency this platform supports, with its minor-unit exponent.</summary>
public sealed record Currency
{
    private static readonly Dictionary<string, Currency> Supported = new[]
    {
        new Currency("CNY", 2), new Currency("USD", 2), new Currency("EUR", 2), new Currency("GBP", 2),
        new Currency("HKD", 2), new Currency("SGD", 2), new Currency("AUD", 2), new Currency("CAD", 2),
        new Currency("CHF", 2), new Currency("MOP", 2), new Currency("TWD", 2), new Currency("JPY", 0),
        new Currency("KRW", 0), new Currency("KWD", 3), new Currency("BHD", 3),
    }.ToDictionary(c => c.Code, StringComparer.Ordinal);

    private Currency(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
        MinorUnit = 1m / Pow10(minorUnits);
    }

    public static Currency Cny { get; } = Supported["CNY"];

    public static Currency Usd { get; } = Supported["USD"];

    public static IReadOnlyCollection<Currency> All => Supported.Values;

    /// <summary>The three-letter ISO 4217 code, upper case.</summary>
    public string Code { get; }

    /// <summary>The ISO 4217 exponent: how many decimal places the minor unit has (CNY 2, JPY 0).</summary>
    public int MinorUnits { get; }

    /// <summary>The value of one minor unit (0.01 for CNY).</summary>
    public decimal MinorUnit { get; }

    public static bool TryFromCode(string? code, out Currency currency)
    {
        currency = Cny;
        if (code is null || !Supported.TryGetValue(code, out var found))
            return false;
        currency = found;
        return true;
    }

    public static Currency FromCode(string? code) => TryFromCode(code, out var currency)
        ? currency
        : throw new DomainException("CURRENCY_UNSUPPORTED", "The currency is not a supported ISO 4217 code.", "currency_code");

    public override string ToString() => Code;

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
            result *= 10m;
        return result;
    }
}
