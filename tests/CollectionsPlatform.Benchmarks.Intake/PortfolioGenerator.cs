using Collections.Cases.V1;

namespace CollectionsPlatform.Benchmarks.Intake;

/// <summary>A synthetic portfolio, no personal data: synthetic account and debtor ids, log-normal balances
/// (median about 8,000 CNY, long right tail), days past due mostly 1–30 with a tail past 180.</summary>
public static class PortfolioGenerator
{
    private static readonly Product[] Products = [Product.CreditCard, Product.CreditCard, Product.CreditCard, Product.PersonalLoan, Product.PersonalLoan, Product.AutoLoan, Product.Overdraft];

    public static List<DelinquencyRow> Generate(int accounts, int seed)
    {
        var random = new Random(seed);
        var rows = new List<DelinquencyRow>(accounts);
        for (var i = 0; i < accounts; i++)
        {
            var principal = Math.Round((decimal)Math.Exp(9.0 + (1.1 * Normal(random))), 2);
            rows.Add(new DelinquencyRow
            {
                LineNumber = i + 2,
                AccountReference = $"SYN-{seed:x}-{i:D8}",
                Debtor = $"debtors/SYN-D-{i:D8}",
                Product = Products[random.Next(Products.Length)],
                Principal = Money(principal),
                Interest = Money(Math.Round(principal * (decimal)(0.01 + (random.NextDouble() * 0.05)), 2)),
                Fees = Money(random.Next(4) == 0 ? 0m : random.Next(1, 30) * 10m),
                DaysPastDue = DaysPastDue(random),
                Jurisdiction = random.Next(10) == 0 ? "US" : "CN",
            });
        }

        return rows;
    }

    /// <summary>60 % in 1–30, 20 % in 31–60, 10 % in 61–90, 7 % in 91–180, 3 % in 181–720.</summary>
    private static int DaysPastDue(Random random) => random.NextDouble() switch
    {
        < 0.60 => random.Next(1, 31),
        < 0.80 => random.Next(31, 61),
        < 0.90 => random.Next(61, 91),
        < 0.97 => random.Next(91, 181),
        _ => random.Next(181, 721),
    };

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    private static Google.Type.Money Money(decimal amount)
    {
        var units = decimal.Truncate(amount);
        return new Google.Type.Money { CurrencyCode = "CNY", Units = (long)units, Nanos = (int)((amount - units) * 1_000_000_000m) };
    }
}
