using System.Collections.Concurrent;
using MassTransit;

namespace CollectionsPlatform.Messaging.Outbox;

/// <summary>
/// Publishes a batch of outbox rows with broker confirms: rows sharing an ordering key one after another
/// in sequence order, different keys in parallel. Reports which rows the broker accepted.
/// </summary>
internal sealed class OutboxPublisher(IBus bus)
{
    public async Task<OutboxPublishOutcome> PublishAsync(
        IReadOnlyList<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var published = new ConcurrentBag<long>();
        var failures = new ConcurrentQueue<Exception>();
        var lanes = batch.GroupBy(m => m.OrderingKey ?? m.MessageId.ToString());
        await Task.WhenAll(lanes.Select(lane => PublishLaneAsync(lane, published, failures, cancellationToken)));
        return new OutboxPublishOutcome([.. published], failures.TryPeek(out var failure) ? failure : null);
    }

    private async Task PublishLaneAsync(
        IEnumerable<OutboxMessage> lane,
        ConcurrentBag<long> published,
        ConcurrentQueue<Exception> failures,
        CancellationToken cancellationToken)
    {
        foreach (var message in lane)
        {
            try
            {
                await PublishOneAsync(message, cancellationToken);
                published.Add(message.SequenceNumber);
            }
            catch (Exception exception)
            {
                failures.Enqueue(exception);
                return;
            }
        }
    }

    private async Task PublishOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = IntegrationEventSerializer.ResolveType(message.MessageType);
        var integrationEvent = IntegrationEventSerializer.Deserialize(message.Body, eventType);
        using var activity = OutboxTelemetry.StartDispatch(message);
        await bus.Publish(
            integrationEvent,
            eventType,
            Pipe.Execute<PublishContext>(context => context.MessageId = message.MessageId),
            cancellationToken);
    }
}
