namespace CollectionsPlatform.Messaging.FunctionalTests;

internal sealed record LedgerCounts(
    int Payments, int Effects, int DistinctEffects, int OutboxRows, int PendingOutboxRows, int InboxRows);
