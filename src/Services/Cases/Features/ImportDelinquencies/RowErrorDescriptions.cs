namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Developer-facing English for each row rejection reason; names the rule, never the row's values.</summary>
public static class RowErrorDescriptions
{
    private static readonly Dictionary<string, string> ByReason = new(StringComparer.Ordinal)
    {
        ["FIELD_REQUIRED"] = "A required field is missing or too long.",
        ["FIELD_INVALID"] = "A field does not have the expected form.",
        ["PRODUCT_UNKNOWN"] = "The product is not one core banking reports.",
        ["CURRENCY_UNSUPPORTED"] = "The currency is not a supported ISO 4217 code.",
        ["CURRENCY_MISMATCH"] = "The amounts are not all in the currency of the row or of the account's case.",
        ["AMOUNT_INVALID"] = "An amount is not a valid decimal.",
        ["AMOUNT_NEGATIVE"] = "Amounts may not be negative.",
        ["AMOUNT_PRECISION_EXCEEDED"] = "An amount has more decimal places than its currency's minor unit.",
        ["BALANCE_NEGATIVE"] = "Balances may not be negative.",
        ["BALANCE_NOT_POSITIVE"] = "A case is opened only for an amount owed.",
        ["DAYS_PAST_DUE_NEGATIVE"] = "Days past due may not be negative.",
        ["DAYS_PAST_DUE_INVALID"] = "Days past due is not a whole number.",
        ["ACCOUNT_DUPLICATED"] = "The account appears more than once in the file.",
        ["COLUMN_COUNT_INVALID"] = "The line does not have the file's columns.",
        ["HEADER_INVALID"] = "The first line is not the delinquency file header.",
    };

    public static string For(string reason) =>
        ByReason.GetValueOrDefault(reason, "The row breaks a rule of the delinquency intake.");
}
