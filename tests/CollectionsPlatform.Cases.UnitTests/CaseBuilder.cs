using CollectionsPlatform.Domain;
using CollectionsPlatform.Cases.Domain;
using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.UnitTests;

/// <summary>Cases and amounts for tests.</summary>
internal static class CaseBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static Money Cny(decimal amount) => new(amount, Currency.Cny);

    public static CaseBalances Balances(decimal principal, decimal interest = 0m, decimal fees = 0m) =>
        new(Cny(principal), Cny(interest), Cny(fees));

    public static CollectionCase OpenCase(int daysPastDue = 15, decimal principal = 10_000m, decimal interest = 500m, decimal fees = 100m) =>
        CollectionCase.Open(Guid.NewGuid(), "ACC-1", "DEBTOR-1", ProductType.CreditCard, Balances(principal, interest, fees), daysPastDue, Now);
}
