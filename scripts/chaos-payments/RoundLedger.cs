using System.Diagnostics;
using Npgsql;

namespace CollectionsPlatform.ChaosPayments;

/// <summary>
/// Counts a round's effects in the databases themselves: the payments Cases stored (table <c>payments</c>), the
/// allocations PaymentPlans made from the PaymentPosted events (table <c>payment_allocations</c>), and each case's
/// balance and total paid against the payments it received. A payment id is the run's own (<c>chaos-…-rN-…</c>), so
/// anything else in the tables is left out. Its connections are not pooled: a pooled one would not survive the
/// postmaster's kill.
/// </summary>
public sealed class RoundLedger(string casesConnection, string paymentPlansConnection)
{
    private readonly string casesDb = casesConnection + ";Pooling=false";
    private readonly string paymentPlansDb = paymentPlansConnection + ";Pooling=false";

    private static readonly TimeSpan QuiescenceCap = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan Stable = TimeSpan.FromSeconds(10);

    public async Task<IReadOnlyDictionary<Guid, CaseBalance>> BalancesAsync(IEnumerable<Guid> cases, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT "Id", "Principal" + "Interest" + "Fees" - "UnappliedCredit", "TotalPaid" FROM cases WHERE "Id" = ANY(@ids)
            """;
        var balances = new Dictionary<Guid, CaseBalance>();
        await using var connection = new NpgsqlConnection(casesDb);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("ids", cases.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            balances[reader.GetGuid(0)] = new CaseBalance(reader.GetDecimal(1), reader.GetDecimal(2));
        }

        return balances;
    }

    /// <summary>Waits (at most 3 min) until PaymentPlans has allocated every payment Cases stored for the round and the
    /// count has stood still for 10 s; returns the seconds waited.</summary>
    public async Task<double> AwaitQuiescenceAsync(string prefix, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var last = (-1, -1);
        var since = Stopwatch.StartNew();
        while (clock.Elapsed < QuiescenceCap)
        {
            var now = ((await StoredAsync(casesDb, "payments", prefix, cancellationToken)).Count,
                (await StoredAsync(paymentPlansDb, "payment_allocations", prefix, cancellationToken)).Count);
            if (now != last)
            {
                last = now;
                since.Restart();
            }
            else if (now.Item1 == now.Item2 && since.Elapsed >= Stable)
            {
                break;
            }

            await Task.Delay(1000, cancellationToken);
        }

        return clock.Elapsed.TotalSeconds;
    }

    public async Task<RoundVerdict> VerifyAsync(
        string prefix, IReadOnlyDictionary<PlannedPayment, string> outcomes, IReadOnlyDictionary<Guid, CaseBalance> before, CancellationToken cancellationToken)
    {
        var inCases = await StoredAsync(casesDb, "payments", prefix, cancellationToken);
        var inPlans = await StoredAsync(paymentPlansDb, "payment_allocations", prefix, cancellationToken);
        var after = await BalancesAsync(before.Keys, cancellationToken);
        var planned = outcomes.Keys.ToDictionary(p => p.PaymentId);
        var confirmed = outcomes.Where(o => o.Value == "OK").Select(o => o.Key.PaymentId).ToHashSet();
        var problems = new List<string>();

        var lost = confirmed.Where(id => !inCases.ContainsKey(id)).ToList();
        problems.AddRange(lost.Select(id => $"{id}: answered OK, no row in casesdb.payments"));
        var lostInPlans = inCases.Keys.Where(id => !inPlans.ContainsKey(id)).ToList();
        problems.AddRange(lostInPlans.Select(id => $"{id}: in casesdb.payments, never allocated in paymentplansdb"));
        var doubled = inCases.Where(p => p.Value.Rows > 1).Concat(inPlans.Where(p => p.Value.Rows > 1)).Select(p => p.Key).ToList();
        problems.AddRange(doubled.Select(id => $"{id}: stored more than once"));
        var extra = inCases.Keys.Concat(inPlans.Keys).Where(id => !planned.ContainsKey(id)).Distinct().ToList();
        problems.AddRange(extra.Select(id => $"{id}: stored, never posted by this run"));
        problems.AddRange(inPlans.Keys.Where(id => !inCases.ContainsKey(id)).Select(id => $"{id}: allocated in paymentplansdb, absent from casesdb.payments"));
        problems.AddRange(inCases.Where(p => planned.TryGetValue(p.Key, out var plan) && plan.Amount != p.Value.Amount)
            .Select(p => $"{p.Key}: stored amount {p.Value.Amount}, posted {planned[p.Key].Amount}"));

        foreach (var (caseId, was) in before)
        {
            var paid = inCases.Where(p => planned.TryGetValue(p.Key, out var plan) && plan.Case.Id == caseId).Sum(p => p.Value.Amount);
            var now = after[caseId];
            if (was.Owed - now.Owed != paid || now.TotalPaid - was.TotalPaid != paid)
            {
                problems.Add($"case {caseId}: owed fell by {was.Owed - now.Owed} and total paid rose by {now.TotalPaid - was.TotalPaid}; its stored payments sum to {paid}");
            }
        }

        var unconfirmed = outcomes.Count(o => o.Value != "OK");
        return new RoundVerdict(outcomes.Count, confirmed.Count, unconfirmed, inCases.Count, inPlans.Count, lost.Count + lostInPlans.Count, doubled.Count, problems);
    }

    /// <summary>Payment id → (rows, amount) of the run's payments in a table keyed by <c>"PaymentId"</c>.</summary>
    private static async Task<Dictionary<string, (int Rows, decimal Amount)>> StoredAsync(
        string connectionString, string table, string prefix, CancellationToken cancellationToken)
    {
        var sql = $"""SELECT "PaymentId", count(*)::int, sum("Amount") FROM {table} WHERE "PaymentId" LIKE @prefix GROUP BY "PaymentId" """;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("prefix", prefix + "%");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stored = new Dictionary<string, (int, decimal)>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetString(0)] = (reader.GetInt32(1), reader.GetDecimal(2));
        }

        return stored;
    }
}
