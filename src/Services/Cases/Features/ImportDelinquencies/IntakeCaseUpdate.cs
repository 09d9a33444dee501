using CollectionsPlatform.Cases.Domain.Cases;
using Npgsql;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>One UPDATE for every existing case a chunk changed: balances, days past due, bucket (with its change
/// time when it moved; a restored case's history holds only this import's moves), state and the state a hold
/// returns to, update time, and a new version (etag).</summary>
public static class IntakeCaseUpdate
{
    private const string Sql = """
        UPDATE cases AS c
        SET "Principal" = u.principal, "Interest" = u.interest, "Fees" = u.fees, "DaysPastDue" = u.days_past_due,
            "Bucket" = u.bucket, "State" = u.state, "StateBeforeHold" = u.state_before_hold, "UpdatedAt" = u.updated_at,
            "BucketChangedAt" = CASE WHEN u.moved THEN u.updated_at ELSE c."BucketChangedAt" END,
            "Version" = c."Version" + 1
        FROM unnest(@ids, @principal, @interest, @fees, @days_past_due, @bucket, @state, @state_before_hold, @updated_at, @moved)
             AS u(id, principal, interest, fees, days_past_due, bucket, state, state_before_hold, updated_at, moved)
        WHERE c."Id" = u.id
        """;

    public static async Task ExecuteAsync(NpgsqlConnection connection, List<CollectionCase> updated, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updated);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.AddWithValue("ids", updated.Select(u => u.Id).ToArray());
        command.Parameters.AddWithValue("principal", updated.Select(u => u.Balances.Principal.Amount).ToArray());
        command.Parameters.AddWithValue("interest", updated.Select(u => u.Balances.Interest.Amount).ToArray());
        command.Parameters.AddWithValue("fees", updated.Select(u => u.Balances.Fees.Amount).ToArray());
        command.Parameters.AddWithValue("days_past_due", updated.Select(u => u.DaysPastDue).ToArray());
        command.Parameters.AddWithValue("bucket", updated.Select(u => (int)u.Bucket).ToArray());
        command.Parameters.AddWithValue("state", updated.Select(u => (int)u.State).ToArray());
        command.Parameters.AddWithValue("state_before_hold", updated.Select(u => (int?)u.StateBeforeHold).ToArray());
        command.Parameters.AddWithValue("updated_at", updated.Select(u => u.UpdatedAt).ToArray());
        command.Parameters.AddWithValue("moved", updated.Select(u => u.BucketHistory.Count > 0).ToArray());
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        if (rows != updated.Count)
            throw new InvalidOperationException($"Intake updated {rows} of {updated.Count} locked cases.");
    }
}
