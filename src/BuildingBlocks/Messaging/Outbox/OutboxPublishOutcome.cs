namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>The rows the broker confirmed, and the first failure if a lane stopped.</summary>
internal sealed record OutboxPublishOutcome(IReadOnlyList<long> PublishedSequenceNumbers, Exception? Failure);
