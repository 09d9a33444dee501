using Collections.Cases.V1;
using CollectionsPlatform.Cases.Domain.Intake;
using CollectionsPlatform.Cases.Features.ImportDelinquencies;
using CollectionsPlatform.Cases.Grpc;

namespace CollectionsPlatform.DelinquencyImport;

/// <summary>Prints the summary and every rejected line (from the file parser and from the service) with its reason.</summary>
public static class ImportReport
{
    public static int Print(TextWriter output, ImportDelinquenciesResponse response, IReadOnlyList<RowRejection> parseRejections)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(parseRejections);
        var rejected = response.RowsRejected + parseRejections.Count;
        output.WriteLine($"batch {response.BatchId}: {response.RowsReceived + parseRejections.Count} rows, {response.RowsAccepted} accepted, {rejected} rejected");
        output.WriteLine($"cases opened {response.CasesOpened}, updated {response.CasesUpdated}, bucket changes {response.BucketChanges}, cured {response.CasesCured}");
        var lines = parseRejections
            .Select(r => (Line: (long)r.LineNumber, Field: r.Field ?? string.Empty, Reason: CaseErrors.ContractReason(r.Reason), Description: RowErrorDescriptions.For(r.Reason)))
            .Concat(response.RowErrors.Select(e => (Line: e.LineNumber, e.Field, e.Reason, e.Description)))
            .OrderBy(r => r.Line);
        foreach (var line in lines)
            output.WriteLine($"line {line.Line}: {line.Reason}{(line.Field.Length > 0 ? $" ({line.Field})" : string.Empty)} {line.Description}");
        return rejected > 0 ? 1 : 0;
    }
}
