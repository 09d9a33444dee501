using System.Globalization;
using System.Text.RegularExpressions;
using CollectionsPlatform.Domain;

namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>Exact conversions between <see cref="Money"/> (decimal strings) and google.type.Money (units + nanos).</summary>
internal static partial class MoneyText
{
    public static Money? ToJson(Google.Type.Money? money)
    {
        if (money is null)
        {
            return null;
        }

        var amount = money.Units + (money.Nanos / 1_000_000_000m);
        var text = Currency.TryFromCode(money.CurrencyCode, out var currency)
            ? amount.ToString("F" + currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : amount.ToString("0.#########", CultureInfo.InvariantCulture);
        return new Money(money.CurrencyCode, text);
    }

    /// <summary>Parses a decimal string of at most 18 integer and 9 fractional digits.</summary>
    public static bool TryParseAmount(string? text, out decimal amount)
    {
        amount = 0;
        return text is not null && AmountPattern().IsMatch(text)
            && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    public static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    [GeneratedRegex(@"^-?[0-9]{1,18}(\.[0-9]{1,9})?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
