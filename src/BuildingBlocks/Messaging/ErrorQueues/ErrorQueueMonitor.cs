using CollectionsPlatform.Messaging.Bus;

namespace CollectionsPlatform.Messaging.ErrorQueues;

/// <summary>Error-queue depths of every queue this process consumes from.</summary>
public sealed class ErrorQueueMonitor(EventBusConnection connection, ReceiveEndpointRegistry endpoints)
{
    public Task<IReadOnlyList<ErrorQueueDepth>> GetDepthsAsync(CancellationToken cancellationToken = default) =>
        ErrorQueueDepthReader.ReadAsync(connection.Address, endpoints.QueueNames, cancellationToken);
}
