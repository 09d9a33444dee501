using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Domain;
using Npgsql;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Loads, in one query, the unfinished cases of a chunk's accounts and locks them until the chunk commits.</summary>
public static class OpenCaseQuery
{
    private const string Sql = """
        SELECT "Id", "AccountReference", "DebtorReference", "Product", "Jurisdiction", "Currency",
               "Principal", "Interest", "Fees", "DaysPastDue", "State", "OpenedAt"
        FROM cases
        WHERE "AccountReference" = ANY(@accounts) AND "State" NOT IN (7, 8, 9)
        FOR UPDATE
        """;

    public static async Task<Dictionary<string, RestoredCase>> LoadAsync(
        NpgsqlConnection connection, string[] accounts, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("accounts", accounts);
        var cases = new Dictionary<string, RestoredCase>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var currency = Currency.FromCode(reader.GetString(5));
            var balances = new CaseBalances(
                new Money(reader.GetDecimal(6), currency), new Money(reader.GetDecimal(7), currency), new Money(reader.GetDecimal(8), currency));
            var restored = StoredCaseRestorer.Restore(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), (ProductType)reader.GetInt32(3), reader.GetString(4),
                balances, reader.GetInt32(9), (CaseState)reader.GetInt32(10), reader.GetFieldValue<DateTimeOffset>(11));
            cases[restored.Case.AccountReference] = restored;
        }

        return cases;
    }
}
