using Collections.Cases.V1;
using Case = Collections.Cases.V1.Case;

namespace CollectionsPlatform.Gateway.FunctionalTests;

/// <summary>Opens cases straight on the Cases service (intake is not a REST call) and returns their ids.</summary>
public static class OpenCases
{
    /// <summary>Principal 12,000.00 + interest 300.50 + fees 50.00 = 12,350.50 in <paramref name="currency"/>.</summary>
    public static async Task<string> OpenAsync(this CaseService.CaseServiceClient cases, string queue, int daysPastDue = 45, string currency = "CNY")
    {
        ArgumentNullException.ThrowIfNull(cases);
        var account = "ACC-" + Guid.NewGuid().ToString("N")[..12];
        var created = await cases.CreateCaseAsync(new CreateCaseRequest
        {
            RequestId = Guid.NewGuid().ToString("N"),
            Case = new Case
            {
                AccountReference = account,
                Debtor = "debtors/D-" + account,
                Product = Product.CreditCard,
                Jurisdiction = "CN",
                CurrencyCode = currency,
                DaysPastDue = daysPastDue,
                Balances = new Balances
                {
                    Principal = new Google.Type.Money { CurrencyCode = currency, Units = 12_000 },
                    Interest = new Google.Type.Money { CurrencyCode = currency, Units = 300, Nanos = 500_000_000 },
                    Fees = new Google.Type.Money { CurrencyCode = currency, Units = 50 },
                },
                Assignment = new Assignment { Queue = queue },
            },
        });
        return created.Name["cases/".Length..];
    }

    public static string NewQueue() => "q-" + Guid.NewGuid().ToString("N")[..10];
}
