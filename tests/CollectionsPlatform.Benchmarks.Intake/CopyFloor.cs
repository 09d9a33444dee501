using System.Diagnostics;
using Collections.Cases.V1;
using Npgsql;
using NpgsqlTypes;

namespace CollectionsPlatform.Benchmarks.Intake;

/// <summary>The floor: the same rows by one binary COPY into a plain table (no indexes, no history, no events).</summary>
public static class CopyFloor
{
    public static async Task<double> RunAsync(string database, IReadOnlyList<DelinquencyRow> rows)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("""
            CREATE TABLE plain_delinquencies (account_reference varchar(64), debtor varchar(64), product int, currency varchar(3),
                principal numeric(19,4), interest numeric(19,4), fees numeric(19,4), days_past_due int, jurisdiction varchar(8))
            """, connection))
            await create.ExecuteNonQueryAsync();
        var clock = Stopwatch.StartNew();
        await using (var importer = await connection.BeginBinaryImportAsync("COPY plain_delinquencies FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                importer.Write(row.AccountReference, NpgsqlDbType.Varchar);
                importer.Write(row.Debtor, NpgsqlDbType.Varchar);
                importer.Write((int)row.Product, NpgsqlDbType.Integer);
                importer.Write(row.Principal.CurrencyCode, NpgsqlDbType.Varchar);
                importer.Write(Amount(row.Principal), NpgsqlDbType.Numeric);
                importer.Write(Amount(row.Interest), NpgsqlDbType.Numeric);
                importer.Write(Amount(row.Fees), NpgsqlDbType.Numeric);
                importer.Write(row.DaysPastDue, NpgsqlDbType.Integer);
                importer.Write(row.Jurisdiction, NpgsqlDbType.Varchar);
            }

            await importer.CompleteAsync();
        }

        return clock.Elapsed.TotalSeconds;
    }

    private static decimal Amount(Google.Type.Money money) => money.Units + (money.Nanos / 1_000_000_000m);
}
