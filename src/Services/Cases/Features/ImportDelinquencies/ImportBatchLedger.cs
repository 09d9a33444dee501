using System.Globalization;
using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Cases.Domain.Intake;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Remembers each completed batch's first summary in <c>case_requests</c> (no table of its own): the key
/// <c>import:{batch}</c> holds the counts, <c>import:{batch}:e{n}</c> one row error each (line, reason, field). Reads and
/// the recording transaction run inside the context's execution strategy (retried after a transient database failure).</summary>
public sealed class ImportBatchLedger(IServiceScopeFactory scopes)
{
    private const string Find = """
        SELECT "RequestId", "Fingerprint" FROM case_requests
        WHERE "RequestId" = @key OR starts_with("RequestId", @errors)
        """;

    private const string Copy = """COPY case_requests ("RequestId", "Fingerprint", "CaseId", "ReceivedAt") FROM STDIN (FORMAT BINARY)""";

    public async Task<ImportSummary?> FindAsync(string batchId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        return await CasesConnection.RunAsync(db, (connection, ct) => FindOnceAsync(connection, batchId, ct), cancellationToken);
    }

    /// <summary>Records the summary once; a concurrent import of the same batch that recorded first wins.</summary>
    public async Task RecordAsync(ImportSummary summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        await CasesConnection.RunAsync(db, (connection, ct) => RecordOnceAsync(connection, summary, now, ct), cancellationToken);
    }

    public static string Key(string batchId) => "import:" + batchId;

    private static async Task<ImportSummary?> FindOnceAsync(NpgsqlConnection connection, string batchId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Find, connection);
        command.Parameters.AddWithValue("key", Key(batchId));
        command.Parameters.AddWithValue("errors", Key(batchId) + ":e");
        string? counts = null;
        var errors = new List<RowRejection>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(0) == Key(batchId))
                counts = reader.GetString(1);
            else
                errors.Add(ImportBatchEncoding.DecodeError(reader.GetString(1)));
        }

        return counts is null ? null : ImportBatchEncoding.DecodeSummary(batchId, counts, [.. errors.OrderBy(e => e.LineNumber)]);
    }

    private static async Task<bool> RecordOnceAsync(NpgsqlConnection connection, ImportSummary summary, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken))
            {
                await WriteAsync(importer, Key(summary.BatchId), ImportBatchEncoding.EncodeSummary(summary), now, cancellationToken);
                for (var i = 0; i < summary.RowErrors.Count; i++)
                {
                    var key = string.Create(CultureInfo.InvariantCulture, $"{Key(summary.BatchId)}:e{i}");
                    await WriteAsync(importer, key, ImportBatchEncoding.EncodeError(summary.RowErrors[i]), now, cancellationToken);
                }

                await importer.CompleteAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (PostgresException duplicate) when (duplicate.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // the same batch completed concurrently (or a retried attempt's first commit landed); its summary stands
            return false;
        }
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter importer, string key, string value, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(key, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);
        await importer.WriteAsync(Guid.Empty, NpgsqlDbType.Uuid, cancellationToken);
        await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
    }
}
