using Collections.Cases.V1;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>A case payments go to: its resource name, id and currency, as the gateway listed it.</summary>
public sealed record TargetCase(string Name, Guid Id, string Currency)
{
    private static readonly CaseState[] Collected = [CaseState.Open, CaseState.InContact, CaseState.Promised];

    /// <summary>Up to <paramref name="count"/> open cases with the largest balances (so small payments never pay one off),
    /// listed through the gateway.</summary>
    public static async Task<IReadOnlyList<TargetCase>> ChooseAsync(CaseService.CaseServiceClient cases, int count, CancellationToken cancellationToken)
    {
        var listed = await cases.ListCasesAsync(new ListCasesRequest { PageSize = 500 }, cancellationToken: cancellationToken);
        return listed.Cases
            .Where(c => Collected.Contains(c.State) && !string.IsNullOrEmpty(c.CurrencyCode))
            .OrderByDescending(c => Amount(c.Balances.Principal) + Amount(c.Balances.Interest) + Amount(c.Balances.Fees))
            .Take(count)
            .Select(c => new TargetCase(c.Name, Guid.ParseExact(c.Name["cases/".Length..], "D"), c.CurrencyCode))
            .ToList();
    }

    private static decimal Amount(Google.Type.Money? money) => money is null ? 0m : money.Units + (money.Nanos / 1_000_000_000m);
}
