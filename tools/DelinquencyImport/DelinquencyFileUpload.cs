using Collections.Cases.V1;
using DomainRow = CollectionsPlatform.Cases.Domain.Intake.DelinquencyRow;

namespace CollectionsPlatform.DelinquencyImport;

/// <summary>Streams a file's parsed rows to ImportDelinquencies in messages of <see cref="RowsPerMessage"/> rows.</summary>
public static class DelinquencyFileUpload
{
    public const int RowsPerMessage = 2_000;

    public static async Task<ImportDelinquenciesResponse> SendAsync(
        CaseService.CaseServiceClient client, IReadOnlyList<DomainRow> rows, string batchId, DateOnly asOf, string jurisdiction,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(rows);
        using var call = client.ImportDelinquencies(cancellationToken: cancellationToken);
        var date = new Google.Type.Date { Year = asOf.Year, Month = asOf.Month, Day = asOf.Day };
        var offset = 0;
        do
        {
            var message = new ImportDelinquenciesRequest { BatchId = batchId, AsOfDate = date };
            for (var i = offset; i < Math.Min(rows.Count, offset + RowsPerMessage); i++)
                message.Rows.Add(RowConversion.ToProto(rows[i], jurisdiction));
            await call.RequestStream.WriteAsync(message);
            offset += RowsPerMessage;
        }
        while (offset < rows.Count);
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }
}
