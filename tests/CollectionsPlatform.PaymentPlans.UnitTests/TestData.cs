using CollectionsPlatform.Domain;
using CollectionsPlatform.PaymentPlans.Domain;
using CollectionsPlatform.PaymentPlans.Domain.Schedules;

namespace CollectionsPlatform.PaymentPlans.UnitTests;

/// <summary>Seeded random schedule terms for the property tests: realistic balances, rates and terms.</summary>
internal static class TestData
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static Money Cny(decimal amount) => new(amount, Currency.Cny);

    public static IEnumerable<ScheduleTerms> RandomTerms(int seed, int count, int minTerm = 1)
    {
        var random = new Random(seed);
        var currencies = new[] { Currency.Cny, Currency.Usd, Currency.FromCode("JPY"), Currency.FromCode("KWD") };
        for (var i = 0; i < count; i++)
        {
            var currency = currencies[random.Next(currencies.Length)];
            var minorUnits = random.NextInt64(100_000, 500_000_000);
            var principal = Money.FromMinorUnits(minorUnits, currency);
            var rate = random.Next(4) == 0 ? 0m : random.Next(1, 300) / 10_000m;
            var term = random.Next(minTerm, PlanLimits.MaxTermMonths + 1);
            var firstDue = Today.AddDays(random.Next(0, 60));
            yield return new ScheduleTerms(principal, rate, term, firstDue);
        }
    }
}
