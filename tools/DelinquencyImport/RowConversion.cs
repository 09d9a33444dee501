using CollectionsPlatform.Api;
using CollectionsPlatform.Cases.Mapping;
using DomainRow = CollectionsPlatform.Cases.Domain.Intake.DelinquencyRow;
using ProtoRow = Collections.Cases.V1.DelinquencyRow;

namespace CollectionsPlatform.DelinquencyImport;

/// <summary>A parsed file row → the v1 <c>DelinquencyRow</c> (amounts exactly, the debtor as <c>debtors/{id}</c>).</summary>
public static class RowConversion
{
    public static ProtoRow ToProto(DomainRow row, string jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(row);
        var currency = row.Balances.Currency.Code;
        return new ProtoRow
        {
            LineNumber = row.LineNumber,
            AccountReference = row.AccountReference,
            Debtor = "debtors/" + row.DebtorReference,
            Product = EnumMapping.ToProto(row.Product),
            Principal = MoneyMapping.ToProto(row.Balances.Principal.Amount, currency),
            Interest = MoneyMapping.ToProto(row.Balances.Interest.Amount, currency),
            Fees = MoneyMapping.ToProto(row.Balances.Fees.Amount, currency),
            DaysPastDue = row.DaysPastDue,
            Jurisdiction = jurisdiction,
        };
    }
}
