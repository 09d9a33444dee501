namespace CollectionsPlatform.Cases.Domain.Strategy;

/// <summary>The strategy's decision, the reason code it gave and the strategy version that decided.</summary>
public sealed record NextAction(NextActionKind Kind, string Reason, string StrategyVersion);
