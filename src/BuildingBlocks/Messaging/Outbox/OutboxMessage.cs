namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>
/// An integration event staged in the same transaction as the state change it announces
/// (table <c>outbox_messages</c>). The dispatcher publishes rows in <see cref="SequenceNumber"/> order.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Insert order; the dispatch order.</summary>
    public long SequenceNumber { get; init; }

    /// <summary>The MassTransit MessageId the event is published with (the consumers' inbox key).</summary>
    public required Guid MessageId { get; init; }

    /// <summary>"Namespace.Type, Assembly" of the event.</summary>
    public required string MessageType { get; init; }

    public required string Body { get; init; }

    /// <summary>Events with the same key (e.g. an aggregate id) are published one after another in order.</summary>
    public string? OrderingKey { get; init; }

    /// <summary>W3C traceparent of the activity that staged the event.</summary>
    public string? TraceParent { get; init; }

    public string? TraceState { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? DispatchedAt { get; set; }
}
