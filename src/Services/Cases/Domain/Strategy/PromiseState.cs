namespace CollectionsPlatform.Cases.Domain.Strategy;

/// <summary>The state of the case's latest promise to pay, as the payment plans service reports it.</summary>
public enum PromiseState
{
    None = 0,
    Pending = 1,
    Kept = 2,
    Partial = 3,
    Broken = 4,
}
