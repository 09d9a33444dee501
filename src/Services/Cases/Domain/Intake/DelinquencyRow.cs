using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Domain.Intake;

/// <summary>One parsed row of the daily delinquency file, with the line it came from.</summary>
public sealed record DelinquencyRow(
    int LineNumber, string AccountReference, string DebtorReference, ProductType Product,
    CaseBalances Balances, int DaysPastDue);
