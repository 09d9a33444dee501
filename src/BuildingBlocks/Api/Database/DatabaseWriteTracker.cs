using System.Diagnostics;

namespace CollectionsPlatform.Api.Database;

/// <summary>
/// Follows EF Core's diagnostic events (transaction started, committing, committed; SaveChanges; command executing)
/// for the gRPC call in flight, so a failure can be told apart: before anything could be committed (retry-safe) or
/// while a commit was under way (outcome unknown). Listens through <see cref="DiagnosticListener"/>, so this library
/// needs no EF Core reference; the event names are EF Core's RelationalEventId / CoreEventId names.
/// </summary>
public sealed class DatabaseWriteTracker : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    internal const string TransactionStarted = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionStarted";
    internal const string TransactionCommitting = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitting";
    internal const string TransactionCommitted = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionCommitted";
    internal const string TransactionRolledBack = "Microsoft.EntityFrameworkCore.Database.Transaction.TransactionRolledBack";
    internal const string SaveChangesStarting = "Microsoft.EntityFrameworkCore.Update.SaveChangesStarting";
    internal const string SaveChangesCompleted = "Microsoft.EntityFrameworkCore.Update.SaveChangesCompleted";
    internal const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";

    private const string EntityFrameworkListener = "Microsoft.EntityFrameworkCore";

    private static readonly HashSet<string> Observed =
    [
        TransactionStarted, TransactionCommitting, TransactionCommitted, TransactionRolledBack,
        SaveChangesStarting, SaveChangesCompleted, CommandExecuting,
    ];

    private static readonly AsyncLocal<DatabaseWrite?> Current = new();

    private readonly List<IDisposable> subscriptions = [];

    public DatabaseWriteTracker()
    {
        lock (subscriptions)
        {
            subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }
    }

    /// <summary>Starts following the database work of the current call (and everything it awaits).</summary>
    public DatabaseWrite BeginCall()
    {
        var write = new DatabaseWrite();
        Current.Value = write;
        return write;
    }

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name == EntityFrameworkListener)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this, name => Observed.Contains(name)));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value) => Current.Value?.Observe(value.Key);

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
            subscriptions.Clear();
        }
    }
}
