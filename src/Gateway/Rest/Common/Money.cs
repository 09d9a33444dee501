namespace CollectionsPlatform.Gateway.Rest.Common;

/// <summary>
/// An amount of money as JSON: <c>{"currencyCode": "CNY", "amount": "1234.50"}</c>. The amount is a decimal string
/// (never a JSON number, so no client parses it into a binary float), written with the currency's minor-unit digits
/// (CNY 2, JPY 0, KWD 3) and read with up to 9 decimal places; the services reject more precision than the currency has.
/// </summary>
/// <param name="CurrencyCode">ISO 4217 code, upper case, e.g. "CNY".</param>
/// <param name="Amount">Decimal string, '.' as separator, optional leading '-', e.g. "1234.50".</param>
public sealed record Money(string CurrencyCode, string Amount);
