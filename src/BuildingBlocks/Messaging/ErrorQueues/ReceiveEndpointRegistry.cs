using System.Collections.Concurrent;
using MassTransit;

namespace CollectionsPlatform.Messaging.ErrorQueues;

/// <summary>The queues this process's bus consumes from, recorded as MassTransit configures them.</summary>
public sealed class ReceiveEndpointRegistry : IEndpointConfigurationObserver
{
    private readonly ConcurrentDictionary<string, byte> queues = new(StringComparer.Ordinal);

    public IReadOnlyList<string> QueueNames => [.. queues.Keys.Order(StringComparer.Ordinal)];

    public void EndpointConfigured<T>(T configurator)
        where T : IReceiveEndpointConfigurator
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var queue = configurator.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (queue is not null)
        {
            queues.TryAdd(queue, 0);
        }
    }
}
