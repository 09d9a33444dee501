using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Adds up an import's rows and chunk outcomes; safe to use from the concurrent chunk writers.</summary>
public sealed class ImportTally
{
    private readonly Lock gate = new();
    private readonly List<RowRejection> rejections = [];
    private long received;
    private long accepted;
    private long opened;
    private long updated;
    private long bucketChanges;
    private long cured;

    public void Receive(int rows, IEnumerable<RowRejection> rejected)
    {
        lock (gate)
        {
            received += rows;
            rejections.AddRange(rejected);
        }
    }

    public void Reject(RowRejection rejection)
    {
        lock (gate)
            rejections.Add(rejection);
    }

    public void Add(ChunkOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        lock (gate)
        {
            accepted += outcome.Accepted;
            opened += outcome.Opened;
            updated += outcome.Updated;
            bucketChanges += outcome.BucketChanges;
            cured += outcome.Cured;
            rejections.AddRange(outcome.Rejections);
        }
    }

    public ImportSummary ToSummary(string batchId)
    {
        lock (gate)
        {
            var ordered = rejections.OrderBy(r => r.LineNumber).ToList();
            return new ImportSummary(batchId, received, accepted, ordered.Count, opened, updated, bucketChanges, cured, ordered);
        }
    }
}
