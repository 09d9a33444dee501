using Collections.Cases.V1;
using Money = Google.Type.Money;
using Date = Google.Type.Date;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>A payment the run posts: a payment id unique to the run, the case, a small amount in the case's currency.</summary>
public sealed record PlannedPayment(string PaymentId, TargetCase Case, decimal Amount)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary><paramref name="count"/> payments of round <paramref name="round"/>, spread over the cases in turn,
    /// of 1.00 to 9.99 each.</summary>
    public static IReadOnlyList<PlannedPayment> ForRound(string runId, int round, int count, IReadOnlyList<TargetCase> cases) =>
        Enumerable.Range(0, count)
            .Select(i => new PlannedPayment($"chaos-{runId}-r{round}-{i:D5}", cases[i % cases.Count], 1m + ((i * 37) % 900 / 100m)))
            .ToList();

    public PostPaymentRequest Request() => new()
    {
        Parent = Case.Name,
        PaymentId = PaymentId,
        Amount = new Money
        {
            CurrencyCode = Case.Currency,
            Units = (long)decimal.Truncate(Amount),
            Nanos = (int)((Amount - decimal.Truncate(Amount)) * 1_000_000_000m),
        },
        ValueDate = new Date { Year = Today.Year, Month = Today.Month, Day = Today.Day },
        Channel = PaymentChannel.InternetBanking,
    };
}
