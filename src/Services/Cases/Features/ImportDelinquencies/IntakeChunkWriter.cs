using CollectionsPlatform.Cases.Data;
using CollectionsPlatform.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>Commits one chunk in its own transaction: lock and load the accounts' open cases in one query, apply
/// the domain, write set-based with the outbox rows, commit, wake the outbox dispatcher. A chunk that lost a
/// race (another writer opened a case for one of its accounts, a deadlock) is retried from the start; so is a chunk
/// that met a transient database failure, by the context's execution strategy.</summary>
public sealed class IntakeChunkWriter(IServiceScopeFactory scopes, OutboxSignal<CasesDbContext> outboxSignal)
{
    private const int Attempts = 3;

    public async Task<ChunkOutcome> WriteAsync(IReadOnlyList<IntakeRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await WriteOnceAsync(rows, now, cancellationToken);
                outboxSignal.Notify();
                return outcome;
            }
            catch (PostgresException race) when (attempt < Attempts && race.SqlState is PostgresErrorCodes.UniqueViolation
                or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                // another writer got there first: load again and reapply
            }
        }
    }

    private async Task<ChunkOutcome> WriteOnceAsync(IReadOnlyList<IntakeRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        return await CasesConnection.RunAsync(db, (connection, ct) => WriteInTransactionAsync(connection, rows, now, ct), cancellationToken);
    }

    private static async Task<ChunkOutcome> WriteInTransactionAsync(
        NpgsqlConnection connection, IReadOnlyList<IntakeRow> rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var accounts = new string[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            accounts[i] = rows[i].Row.AccountReference;
        var openCases = await OpenCaseQuery.LoadAsync(connection, accounts, cancellationToken);
        var changes = ChunkApplication.Apply(rows, openCases, now);
        await IntakeCopyWriter.WriteAsync(connection, changes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changes.ToOutcome();
    }
}
