using Collections.Cases.V1;
using CollectionsPlatform.Cases.Grpc;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Import summary → v1 <c>ImportDelinquenciesResponse</c>, reasons in the contract's names.</summary>
public static class ImportResponseMapping
{
    public static ImportDelinquenciesResponse ToProto(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var response = new ImportDelinquenciesResponse
        {
            BatchId = summary.BatchId,
            RowsReceived = summary.RowsReceived,
            RowsAccepted = summary.RowsAccepted,
            RowsRejected = summary.RowsRejected,
            CasesOpened = summary.CasesOpened,
            CasesUpdated = summary.CasesUpdated,
            BucketChanges = summary.BucketChanges,
            CasesCured = summary.CasesCured,
        };
        response.RowErrors.AddRange(summary.RowErrors.Select(e => new RowError
        {
            LineNumber = e.LineNumber,
            Field = e.Field ?? string.Empty,
            Reason = CaseErrors.ContractReason(e.Reason),
            Description = RowErrorDescriptions.For(e.Reason),
        }));
        return response;
    }
}
