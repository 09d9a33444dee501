using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CollectionsPlatform.Cases.Data;

/// <summary>Work written against the raw Npgsql connection (COPY, hand-written SQL) run the way EF Core runs its own:
/// inside the context's execution strategy, on the connection opened for the attempt and closed after it, so a
/// transient database failure retries the whole attempt from a fresh connection.</summary>
public static class CasesConnection
{
    public static Task<T> RunAsync<T>(CasesDbContext db, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Db: db, Work: work),
            (_, state, ct) => OnOpenConnectionAsync(state.Db, state.Work, ct),
            verifySucceeded: null,
            cancellationToken);
    }

    private static async Task<T> OnOpenConnectionAsync<T>(CasesDbContext db, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await work((NpgsqlConnection)db.Database.GetDbConnection(), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
