using CollectionsPlatform.Domain;
using System.Globalization;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Domain.Intake;

/// <summary>Parses the daily delinquency file (CSV, header first, one row per account):
/// <c>account_reference,debtor_reference,product,currency,principal,interest,fees,days_past_due</c>.
/// A malformed row is rejected with its line number and reason; the rest go in.</summary>
public static class DelinquencyFileParser
{
    public const string Header = "account_reference,debtor_reference,product,currency,principal,interest,fees,days_past_due";

    private static readonly string[] Columns = Header.Split(',');

    public static DelinquencyFileParse Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var rows = new List<DelinquencyRow>();
        var rejections = new List<RowRejection>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                if (!string.Equals(line.Trim(), Header, StringComparison.OrdinalIgnoreCase))
                    rejections.Add(new RowRejection(1, "HEADER_INVALID", null));
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
                continue;
            var result = ParseRow(lineNumber, line);
            if (result.Rejection is { } rejection)
                rejections.Add(rejection);
            else if (!seen.Add(result.Row!.AccountReference))
                rejections.Add(new RowRejection(lineNumber, "ACCOUNT_DUPLICATED", "account_reference"));
            else
                rows.Add(result.Row);
        }

        return new DelinquencyFileParse(rows, rejections);
    }

    public static (DelinquencyRow? Row, RowRejection? Rejection) ParseRow(int lineNumber, string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = line.Split(',');
        if (fields.Length != Columns.Length)
            return Reject(lineNumber, "COLUMN_COUNT_INVALID", null);
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = fields[i].Trim();
            if (fields[i].Length == 0)
                return Reject(lineNumber, "FIELD_REQUIRED", Columns[i]);
        }

        if (!ProductCodes.TryParse(fields[2], out var product))
            return Reject(lineNumber, "PRODUCT_UNKNOWN", "product");
        if (!Currency.TryFromCode(fields[3].ToUpperInvariant(), out var currency))
            return Reject(lineNumber, "CURRENCY_UNSUPPORTED", "currency");
        var amounts = new Money[3];
        for (var i = 0; i < 3; i++)
        {
            var column = Columns[4 + i];
            if (!decimal.TryParse(fields[4 + i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                return Reject(lineNumber, "AMOUNT_INVALID", column);
            if (decimal.Round(value, currency.MinorUnits) != value)
                return Reject(lineNumber, "AMOUNT_PRECISION_EXCEEDED", column);
            amounts[i] = new Money(value, currency);
        }

        if (!int.TryParse(fields[7], NumberStyles.None, CultureInfo.InvariantCulture, out var daysPastDue))
            return Reject(lineNumber, "DAYS_PAST_DUE_INVALID", "days_past_due");
        var balances = new CaseBalances(amounts[0], amounts[1], amounts[2]);
        return (new DelinquencyRow(lineNumber, fields[0], fields[1], product, balances, daysPastDue), null);
    }

    private static (DelinquencyRow?, RowRejection?) Reject(int lineNumber, string reason, string? field) =>
        (null, new RowRejection(lineNumber, reason, field));
}
