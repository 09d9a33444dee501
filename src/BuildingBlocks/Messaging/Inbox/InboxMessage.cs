namespace CollectionsPlatform.Messaging.Inbox;

/// <summary>
/// A message a consumer has handled (table <c>inbox_messages</c>), written in the same transaction as
/// the consumer's effects; its key (message id, consumer name) makes a redelivery a no-op.
/// </summary>
public sealed class InboxMessage
{
    public required Guid MessageId { get; init; }

    public required string ConsumerName { get; init; }

    public required DateTimeOffset HandledAt { get; init; }
}
