using CollectionsPlatform.Cases.Domain.Cases;
using CollectionsPlatform.Cases.Domain.Strategy;
using CollectionsPlatform.Domain;
using Npgsql;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Loads, in one query (and one for their holds), the unfinished cases of a chunk's accounts, locks them
/// until the chunk commits, and restores each as the domain aggregate (<see cref="CollectionCase.Restore"/>).</summary>
public static class OpenCaseQuery
{
    private const string CasesSql = """
        SELECT "Id", "AccountReference", "DebtorReference", "Product", "Jurisdiction", "Currency", "Principal", "Interest", "Fees",
               "UnappliedCredit", "DaysPastDue", "Bucket", "State", "StateBeforeHold", "Queue", "AgentId", "OpenedAt", "UpdatedAt",
               "PlanId", "PlanState", "PromiseState", "BrokenPromises"
        FROM cases
        WHERE "AccountReference" = ANY(@accounts) AND "State" NOT IN (7, 8, 9)
        FOR UPDATE
        """;

    private const string HoldsSql = """
        SELECT "CaseId", "HoldId", "Reason", "Source", "PlacedAt" FROM case_holds WHERE "CaseId" = ANY(@ids) ORDER BY "PlacedAt"
        """;

    public static async Task<Dictionary<string, RestoredCase>> LoadAsync(
        NpgsqlConnection connection, string[] accounts, CancellationToken cancellationToken)
    {
        var rows = new List<(CaseSnapshot Snapshot, string Jurisdiction)>();
        await using (var command = new NpgsqlCommand(CasesSql, connection))
        {
            command.Parameters.AddWithValue("accounts", accounts);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                rows.Add((Snapshot(reader, []), reader.GetString(4)));
        }

        var cases = new Dictionary<string, RestoredCase>(StringComparer.Ordinal);
        if (rows.Count == 0)
            return cases;
        var holds = await HoldsAsync(connection, [.. rows.Select(r => r.Snapshot.Id)], cancellationToken);
        foreach (var (snapshot, jurisdiction) in rows)
        {
            var restored = CollectionCase.Restore(holds.TryGetValue(snapshot.Id, out var held) ? snapshot with { Holds = held } : snapshot);
            cases[restored.AccountReference] = new RestoredCase(restored, jurisdiction);
        }

        return cases;
    }

    private static CaseSnapshot Snapshot(NpgsqlDataReader reader, IReadOnlyList<CaseHold> holds)
    {
        var currency = Currency.FromCode(reader.GetString(5));
        var balances = new CaseBalances(
            new Money(reader.GetDecimal(6), currency), new Money(reader.GetDecimal(7), currency), new Money(reader.GetDecimal(8), currency));
        var commitments = new CaseCommitments(
            reader.IsDBNull(18) ? null : reader.GetGuid(18), (PlanState)reader.GetInt32(19), (PromiseState)reader.GetInt32(20), reader.GetInt32(21));
        return new CaseSnapshot(
            reader.GetGuid(0), reader.GetString(1), reader.GetString(2), (ProductType)reader.GetInt32(3), balances,
            new Money(reader.GetDecimal(9), currency), reader.GetInt32(10), (DelinquencyBucket)reader.GetInt32(11), (CaseState)reader.GetInt32(12),
            holds, reader.IsDBNull(13) ? null : (CaseState)reader.GetInt32(13),
            new CaseAssignment(reader.GetString(14), reader.IsDBNull(15) ? null : reader.GetString(15)),
            reader.GetFieldValue<DateTimeOffset>(16), reader.GetFieldValue<DateTimeOffset>(17), commitments, null, null, []);
    }

    private static async Task<Dictionary<Guid, List<CaseHold>>> HoldsAsync(NpgsqlConnection connection, Guid[] ids, CancellationToken cancellationToken)
    {
        var holds = new Dictionary<Guid, List<CaseHold>>();
        await using var command = new NpgsqlCommand(HoldsSql, connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var caseId = reader.GetGuid(0);
            if (!holds.TryGetValue(caseId, out var list))
                holds[caseId] = list = [];
            list.Add(new CaseHold(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return holds;
    }
}
