using CollectionsPlatform.Cases.Domain.Cases;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>An account's stored case brought back as the domain aggregate. It is restored with empty histories, so
/// every bucket change and timeline entry it holds is one this import adds.</summary>
public sealed record RestoredCase(CollectionCase Case, string Jurisdiction);
