using CollectionsPlatform.Api;
using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Intake;
using CollectionsPlatform.Cases.Mapping;
using CollectionsPlatform.Domain;
using ProtoRow = Collections.Cases.V1.DelinquencyRow;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Checks one v1 <c>DelinquencyRow</c> and turns it into a domain row, or rejects it by line with the first
/// reason found (missing account reference, debtor not <c>debtors/{id}</c>, unknown product or currency, negative
/// or over-precise amounts, amounts in two currencies, negative days past due, unknown jurisdiction).</summary>
public static class ImportRowMapping
{
    public static (IntakeRow? Row, RowRejection? Rejection) ToRow(ProtoRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var line = (int)Math.Clamp(row.LineNumber, 0, int.MaxValue);
        try
        {
            if (row.LineNumber < 1 || row.LineNumber > int.MaxValue)
                throw new DomainException("FIELD_INVALID", "The line number must be from 1.", "line_number");
            if (string.IsNullOrWhiteSpace(row.AccountReference) || row.AccountReference.Length > 64)
                throw new DomainException("FIELD_REQUIRED", "The account reference is required (at most 64 characters).", "account_reference");
            var debtor = ResourceNames.IdIn("debtors", row.Debtor)
                ?? throw new DomainException("FIELD_INVALID", "The debtor must be a name of the form debtors/{debtor}.", "debtor");
            var product = EnumMapping.ToDomain(row.Product)
                ?? throw new DomainException("PRODUCT_UNKNOWN", "The product is required.", "product");
            var balances = Balances(row);
            if (row.DaysPastDue < 0)
                throw new DomainException("DAYS_PAST_DUE_NEGATIVE", "Days past due may not be negative.", "days_past_due");
            if (!Jurisdictions.IsSupported(row.Jurisdiction))
                throw new DomainException("FIELD_INVALID", "The jurisdiction must be CN or US.", "jurisdiction");
            var parsed = new DelinquencyRow(line, row.AccountReference, debtor, product, balances, row.DaysPastDue);
            return (new IntakeRow(parsed, row.Jurisdiction), null);
        }
        catch (DomainException rejected)
        {
            return (null, new RowRejection(line, rejected.Reason, rejected.Field));
        }
    }

    private static CaseBalances Balances(ProtoRow row)
    {
        var principal = Amount(row.Principal, "principal");
        var currency = principal.Currency;
        var interest = row.Interest is null ? Money.Zero(currency) : Amount(row.Interest, "interest");
        var fees = row.Fees is null ? Money.Zero(currency) : Amount(row.Fees, "fees");
        if (interest.Currency != currency || fees.Currency != currency)
            throw new DomainException("CURRENCY_MISMATCH", "Every amount of a row is in one currency.", interest.Currency != currency ? "interest" : "fees");
        return new CaseBalances(principal, interest, fees);
    }

    private static Money Amount(Google.Type.Money? money, string field)
    {
        var amount = MoneyMapping.ToDomain(money, field);
        if (amount.IsNegative)
            throw new DomainException("AMOUNT_NEGATIVE", "Amounts may not be negative.", field);
        return amount;
    }
}
