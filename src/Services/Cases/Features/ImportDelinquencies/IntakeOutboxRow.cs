namespace CollectionsPlatform.Cases.Features.ImportDelinquencies;

/// <summary>An integration event ready for <c>outbox_messages</c>, in the shape the outbox dispatcher reads.</summary>
public sealed record IntakeOutboxRow(Guid MessageId, string MessageType, string Body, string OrderingKey, string? TraceParent, string? TraceState, DateTimeOffset CreatedAt);
