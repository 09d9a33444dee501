using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>What an import did; rejected rows by line (ordered), never with their values.</summary>
public sealed record ImportSummary(
    string BatchId, long RowsReceived, long RowsAccepted, long RowsRejected, long CasesOpened, long CasesUpdated,
    long BucketChanges, long CasesCured, IReadOnlyList<RowRejection> RowErrors);
