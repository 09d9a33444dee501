using Collections.Cases.V1;
using Money = Google.Type.Money;

namespace CollectionsPlatform.DemoSeeder;

/// <summary>
/// A synthetic portfolio of delinquent accounts, opened exactly as core banking would open them. Seeded (the same
/// accounts every run) and idempotent: each case carries a request_id derived from its account, so a second run
/// replays instead of duplicating. No personal data: debtors are opaque references.
/// </summary>
public static class DemoPortfolio
{
    public const int DefaultSize = 500;
    private const int Seed = 20261123;
    private static readonly Product[] Products = [Product.CreditCard, Product.PersonalLoan, Product.AutoLoan, Product.Overdraft];
    private static readonly string[] Queues = ["early-sms", "m2-phone", "m3-phone", "late-field"];

    /// <summary>Opens <paramref name="accounts"/> cases; returns how many were sent.</summary>
    public static async Task<int> OpenAsync(CaseService.CaseServiceClient cases, int accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var random = new Random(Seed);
        for (var i = 1; i <= accounts; i++)
        {
            await cases.CreateCaseAsync(NewCase(i, random), deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: cancellationToken);
        }

        return accounts;
    }

    private static CreateCaseRequest NewCase(int number, Random random)
    {
        var account = $"DEMO-{number:D6}";
        var daysPastDue = random.Next(1, 240);
        var principal = Math.Round((decimal)Math.Exp(7 + (random.NextDouble() * 4.5)), 2);
        return new CreateCaseRequest
        {
            RequestId = "demo-" + account,
            Case = new Case
            {
                AccountReference = account,
                Debtor = $"debtors/DEMO-{number:D6}",
                Product = Products[random.Next(Products.Length)],
                Jurisdiction = "CN",
                CurrencyCode = "CNY",
                DaysPastDue = daysPastDue,
                Balances = new Balances
                {
                    Principal = Cny(principal),
                    Interest = Cny(Math.Round(principal * 0.015m * ((daysPastDue / 30) + 1), 2)),
                    Fees = Cny(daysPastDue > 30 ? 50m : 0m),
                },
                Assignment = new Assignment { Queue = Queues[Math.Min(daysPastDue / 60, Queues.Length - 1)] },
            },
        };
    }

    private static Money Cny(decimal amount) => new()
    {
        CurrencyCode = "CNY",
        Units = (long)decimal.Truncate(amount),
        Nanos = (int)((amount - decimal.Truncate(amount)) * 1_000_000_000m),
    };
}
