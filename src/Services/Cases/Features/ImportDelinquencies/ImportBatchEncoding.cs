using System.Globalization;
using CollectionsPlatform.Cases.Domain.Intake;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Fits a batch summary into <c>case_requests.Fingerprint</c> (64 characters): the seven counts in hex,
/// and per row error <c>{line hex}|{reason}|{field}</c>.</summary>
public static class ImportBatchEncoding
{
    private const int MaxLength = 64;

    public static string EncodeSummary(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        long[] counts = [summary.RowsReceived, summary.RowsAccepted, summary.RowsRejected, summary.CasesOpened,
            summary.CasesUpdated, summary.BucketChanges, summary.CasesCured];
        return string.Join('|', counts.Select(c => c.ToString("x", CultureInfo.InvariantCulture)));
    }

    public static ImportSummary DecodeSummary(string batchId, string encoded, IReadOnlyList<RowRejection> errors)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var c = encoded.Split('|').Select(p => long.Parse(p, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToArray();
        return new ImportSummary(batchId, c[0], c[1], c[2], c[3], c[4], c[5], c[6], errors);
    }

    public static string EncodeError(RowRejection error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var encoded = string.Create(CultureInfo.InvariantCulture, $"{error.LineNumber:x}|{error.Reason}|{error.Field}");
        return encoded.Length <= MaxLength ? encoded : encoded[..MaxLength];
    }

    public static RowRejection DecodeError(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var parts = encoded.Split('|');
        var line = int.Parse(parts[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        return new RowRejection(line, parts[1], parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
    }
}
