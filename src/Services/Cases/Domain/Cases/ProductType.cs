namespace CollectionsPlatform.Cases.Domain.Cases;

/// <summary>The credit product the delinquent account belongs to.</summary>
public enum ProductType
{
    CreditCard = 1,
    PersonalLoan = 2,
    Mortgage = 3,
    AutoLoan = 4,
    BusinessLoan = 5,
    Overdraft = 6,
}
