using CollectionsPlatform.Domain;
namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>What the account owes, split as core banking reports it. All three in one currency, none negative.</summary>
public sealed record CaseBalances
{
    public CaseBalances(Money principal, Money interest, Money fees)
    {
        if (principal.Currency != interest.Currency || principal.Currency != fees.Currency)
            throw new DomainException("CURRENCY_MISMATCH", "All balances of a case are in one currency.", "currency_code");
        if (principal.IsNegative || interest.IsNegative || fees.IsNegative)
            throw new DomainException("BALANCE_NEGATIVE", "Balances may not be negative.", "balances");
        Principal = principal;
        Interest = interest;
        Fees = fees;
    }

    public Money Principal { get; }

    public Money Interest { get; }

    public Money Fees { get; }

    public Currency Currency => Principal.Currency;

    public Money Total => Principal + Interest + Fees;

    public static CaseBalances Zero(Currency currency) => new(Money.Zero(currency), Money.Zero(currency), Money.Zero(currency));
}
