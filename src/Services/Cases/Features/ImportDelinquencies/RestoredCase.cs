using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>An account's stored case brought back as the domain aggregate. Bucket history and timeline entries
/// past the baselines are the ones this import adds (restored cases start with empty histories: baselines 0).</summary>
public sealed record RestoredCase(CollectionCase Case, string Jurisdiction, int HistoryBaseline, int TimelineBaseline);
