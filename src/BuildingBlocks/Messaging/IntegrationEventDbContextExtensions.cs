using System.Diagnostics;
using CollectionsPlatform.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CollectionsPlatform.Messaging;

public static class IntegrationEventDbContextExtensions
{
    /// <summary>
    /// Stages <paramref name="integrationEvent"/> in <c>outbox_messages</c> in the context's unit of work:
    /// the next <c>SaveChanges</c> commits it with the state change it announces, and the dispatcher
    /// publishes it right after the commit. Events sharing <paramref name="orderingKey"/> (use the
    /// aggregate id) are published in the order they were staged. The current activity's trace context
    /// is stored so the consumer's span joins this trace.
    /// </summary>
    /// <returns>The staged row; its <see cref="OutboxMessage.MessageId"/> is the published MessageId.</returns>
    public static OutboxMessage AddIntegrationEvent<TEvent>(
        this DbContext dbContext, TEvent integrationEvent, string? orderingKey = null)
        where TEvent : class
    {
        ArgumentNullException.ThrowIfNull(dbContext);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var eventType = integrationEvent.GetType();
        var activity = Activity.Current;
        var message = new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(),
            MessageType = IntegrationEventSerializer.TypeNameOf(eventType),
            Body = IntegrationEventSerializer.Serialize(integrationEvent, eventType),
            OrderingKey = orderingKey,
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.TraceStateString,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        dbContext.Set<OutboxMessage>().Add(message);
        return message;
    }
}
