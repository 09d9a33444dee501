using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>What one committed chunk of rows did.</summary>
public sealed record ChunkOutcome(int Accepted, int Opened, int Updated, int BucketChanges, int Cured, IReadOnlyList<RowRejection> Rejections);
