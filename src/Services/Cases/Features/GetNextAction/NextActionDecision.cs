using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Strategy;

namespace CollectionsPlatform.Cases.Features.GetNextAction;

/// <summary>The strategy's answer for a stored case, the facts it read and when it decided.</summary>
public sealed record NextActionDecision(CaseRecord Case, StrategyFacts Facts, NextAction Action, bool AboveFieldVisitThreshold, DateTimeOffset DecidedAt);
