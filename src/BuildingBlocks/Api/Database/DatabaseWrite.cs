namespace CollectionsPlatform.Api.Database;

/// <summary>What one gRPC call has sent to the database that may already be durable, as EF Core reports it.</summary>
public sealed class DatabaseWrite
{
    private bool transactionOpen;
    private bool autocommitSave;

    /// <summary>True while a COMMIT is on its way, or a SaveChanges outside any transaction (one statement, committed by
    /// itself) has sent its command: if the connection fails now, the change may or may not be applied.</summary>
    public bool OutcomeUnknown { get; private set; }

    internal void Observe(string eventName)
    {
        switch (eventName)
        {
            case DatabaseWriteTracker.TransactionStarted:
                transactionOpen = true;
                autocommitSave = false;
                break;
            case DatabaseWriteTracker.TransactionCommitting:
                OutcomeUnknown = true;
                break;
            case DatabaseWriteTracker.TransactionCommitted:
            case DatabaseWriteTracker.TransactionRolledBack:
                transactionOpen = false;
                OutcomeUnknown = false;
                break;
            case DatabaseWriteTracker.SaveChangesStarting:
                autocommitSave = !transactionOpen;
                break;
            case DatabaseWriteTracker.CommandExecuting when autocommitSave:
                OutcomeUnknown = true;
                break;
            case DatabaseWriteTracker.SaveChangesCompleted:
                autocommitSave = false;
                OutcomeUnknown = OutcomeUnknown && transactionOpen;
                break;
        }
    }
}
