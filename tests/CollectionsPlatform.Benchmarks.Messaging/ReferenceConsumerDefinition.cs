using CollectionsPlatform.Messaging.Inbox;
using MassTransit;

namespace CollectionsPlatform.Benchmarks.Messaging;

/// <summary>The reference consumers get the idempotent consumers' endpoint concurrency (prefetch and concurrent limit), no retry.</summary>
internal sealed class ReferenceConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public ReferenceConsumerDefinition()
    {
        ConcurrentMessageLimit = IdempotentConsumerDefinition<TConsumer>.DefaultConcurrentMessageLimit;
        Endpoint(endpoint => endpoint.PrefetchCount = IdempotentConsumerDefinition<TConsumer>.DefaultConcurrentMessageLimit);
    }
}
