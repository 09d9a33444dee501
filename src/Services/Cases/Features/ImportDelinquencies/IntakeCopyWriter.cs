using CollectionsPlatform.Cases.Domain.Cases;
using Npgsql;
using NpgsqlTypes;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Writes a chunk's changes set-based inside its transaction: binary COPY for new cases, bucket history,
/// timeline and outbox rows; one UPDATE … FROM unnest(…) for the cases that changed.</summary>
public static class IntakeCopyWriter
{
    private const string CasesCopy = """
        COPY cases ("Id", "AccountReference", "DebtorReference", "Product", "Jurisdiction", "Currency", "Principal", "Interest", "Fees",
                    "TotalPaid", "DaysPastDue", "Bucket", "State", "Queue", "AgentId", "OpenedAt", "UpdatedAt", "BucketChangedAt", "Version")
        FROM STDIN (FORMAT BINARY)
        """;

    private const string BucketChangesCopy =
        """COPY bucket_changes ("CaseId", "FromBucket", "ToBucket", "DaysPastDue", "ChangedAt") FROM STDIN (FORMAT BINARY)""";

    private const string TimelineCopy = """
        COPY case_events ("CaseId", "Kind", "Summary", "OccurredAt", "FromValue", "ToValue", "Code", "RelatedId", "Source")
        FROM STDIN (FORMAT BINARY)
        """;

    private const string OutboxCopy = """
        COPY outbox_messages (message_id, message_type, body, ordering_key, trace_parent, trace_state, created_at)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task WriteAsync(NpgsqlConnection connection, IntakeChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Opened.Count > 0)
            await CopyAsync(connection, CasesCopy, changes.Opened, WriteCase, cancellationToken);
        if (changes.Updated.Count > 0)
            await IntakeCaseUpdate.ExecuteAsync(connection, changes.Updated, cancellationToken);
        if (changes.BucketChanges.Count > 0)
            await CopyAsync(connection, BucketChangesCopy, changes.BucketChanges, WriteBucketChange, cancellationToken);
        if (changes.Timeline.Count > 0)
            await CopyAsync(connection, TimelineCopy, changes.Timeline, WriteTimelineEntry, cancellationToken);
        if (changes.Outbox.Count > 0)
            await CopyAsync(connection, OutboxCopy, changes.Outbox, WriteOutboxRow, cancellationToken);
    }

    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string copy, List<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            write(importer, row);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static void WriteCase(NpgsqlBinaryImporter importer, (CollectionCase Case, string Jurisdiction) row)
    {
        var opened = row.Case;
        importer.Write(opened.Id, NpgsqlDbType.Uuid);
        importer.Write(opened.AccountReference, NpgsqlDbType.Varchar);
        importer.Write(opened.DebtorReference, NpgsqlDbType.Varchar);
        importer.Write((int)opened.Product, NpgsqlDbType.Integer);
        importer.Write(row.Jurisdiction, NpgsqlDbType.Varchar);
        importer.Write(opened.Currency.Code, NpgsqlDbType.Varchar);
        importer.Write(opened.Balances.Principal.Amount, NpgsqlDbType.Numeric);
        importer.Write(opened.Balances.Interest.Amount, NpgsqlDbType.Numeric);
        importer.Write(opened.Balances.Fees.Amount, NpgsqlDbType.Numeric);
        importer.Write(0m, NpgsqlDbType.Numeric);
        importer.Write(opened.DaysPastDue, NpgsqlDbType.Integer);
        importer.Write((int)opened.Bucket, NpgsqlDbType.Integer);
        importer.Write((int)opened.State, NpgsqlDbType.Integer);
        importer.Write(opened.Assignment.Queue, NpgsqlDbType.Varchar);
        if (opened.Assignment.AgentId is { } agent)
            importer.Write(agent, NpgsqlDbType.Varchar);
        else
            importer.WriteNull();
        importer.Write(opened.OpenedAt, NpgsqlDbType.TimestampTz);
        importer.Write(opened.UpdatedAt, NpgsqlDbType.TimestampTz);
        importer.Write(opened.BucketHistory[^1].ChangedAt, NpgsqlDbType.TimestampTz);
        importer.Write(1, NpgsqlDbType.Integer);
    }

    private static void WriteBucketChange(NpgsqlBinaryImporter importer, (Guid CaseId, BucketChange Change) row)
    {
        importer.Write(row.CaseId, NpgsqlDbType.Uuid);
        importer.Write((int)row.Change.From, NpgsqlDbType.Integer);
        importer.Write((int)row.Change.To, NpgsqlDbType.Integer);
        importer.Write(row.Change.DaysPastDue, NpgsqlDbType.Integer);
        importer.Write(row.Change.ChangedAt, NpgsqlDbType.TimestampTz);
    }

    private static void WriteTimelineEntry(NpgsqlBinaryImporter importer, (Guid CaseId, TimelineEntry Entry) row)
    {
        importer.Write(row.CaseId, NpgsqlDbType.Uuid);
        importer.Write((int)row.Entry.Kind, NpgsqlDbType.Integer);
        importer.Write(row.Entry.Description, NpgsqlDbType.Varchar);
        importer.Write(row.Entry.OccurredAt, NpgsqlDbType.TimestampTz);
        var detail = row.Entry.Detail;
        WriteNullable(importer, detail?.From);
        WriteNullable(importer, detail?.To);
        WriteNullable(importer, detail?.Code);
        WriteNullable(importer, detail?.RelatedId);
        WriteNullable(importer, detail?.Source);
    }

    private static void WriteOutboxRow(NpgsqlBinaryImporter importer, IntakeOutboxRow row)
    {
        importer.Write(row.MessageId, NpgsqlDbType.Uuid);
        importer.Write(row.MessageType, NpgsqlDbType.Varchar);
        importer.Write(row.Body, NpgsqlDbType.Text);
        importer.Write(row.OrderingKey, NpgsqlDbType.Varchar);
        WriteNullable(importer, row.TraceParent);
        WriteNullable(importer, row.TraceState);
        importer.Write(row.CreatedAt, NpgsqlDbType.TimestampTz);
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, int? value)
    {
        if (value is { } number)
            importer.Write(number, NpgsqlDbType.Integer);
        else
            importer.WriteNull();
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
            importer.WriteNull();
        else
            importer.Write(value, NpgsqlDbType.Varchar);
    }
}
