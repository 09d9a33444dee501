namespace CollectionsPlatform.Cases.Domain.Strategy;

/// <summary>The strategy's configurable numbers; <see cref="Version"/> is recorded with every decision.</summary>
public sealed record StrategyOptions
{
    public string Version { get; init; } = "strategy-2026.11";

    /// <summary>R8: field visits only for balances above this amount in the case currency.</summary>
    public decimal FieldVisitThreshold { get; init; } = 50_000m;

    /// <summary>Failed contacts in a row after which a written channel (email) is tried instead.</summary>
    public int FailedContactsBeforeEmail { get; init; } = 3;

    /// <summary>Broken promises after which an early-bucket case gets a call rather than an SMS.</summary>
    public int BrokenPromisesBeforeCall { get; init; } = 1;
}
