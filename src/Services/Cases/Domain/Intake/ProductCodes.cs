using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Domain.Intake;

/// <summary>Product codes as core banking writes them (snake case: credit_card, personal_loan, …).</summary>
public static class ProductCodes
{
    private static readonly Dictionary<string, ProductType> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["credit_card"] = ProductType.CreditCard,
        ["personal_loan"] = ProductType.PersonalLoan,
        ["mortgage"] = ProductType.Mortgage,
        ["auto_loan"] = ProductType.AutoLoan,
        ["business_loan"] = ProductType.BusinessLoan,
        ["overdraft"] = ProductType.Overdraft,
    };

    public static bool TryParse(string code, out ProductType product) => ByCode.TryGetValue(code.Trim(), out product);

    public static string ToCode(ProductType product) => ByCode.First(p => p.Value == product).Key;
}
