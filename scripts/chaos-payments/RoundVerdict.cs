namespace CollectionsPlatform.ChaosPayments;

/// <summary>A round's count: payments posted, answered OK, not confirmed (refused or given up), stored by Cases,
/// allocated by PaymentPlans, lost and doubled effects, and each discrepancy in words.</summary>
public sealed record RoundVerdict(
    int Posted, int Confirmed, int Unconfirmed, int InCases, int InPaymentPlans, int Lost, int Doubled, IReadOnlyList<string> Problems)
{
    public bool Clean => Problems.Count == 0 && Unconfirmed == 0;
}
