using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CollectionsPlatform.Messaging.ErrorQueues;

/// <summary>
/// Reads error-queue depths with a passive queue declare (no management plugin needed). A queue that
/// does not exist yet counts as empty. Usable without DI, e.g. from the AppHost.
/// </summary>
public static class ErrorQueueDepthReader
{
    public const string ErrorQueueSuffix = "_error";

    public static async Task<IReadOnlyList<ErrorQueueDepth>> ReadAsync(
        Uri brokerAddress, IEnumerable<string> queueNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queueNames);
        var factory = new ConnectionFactory { Uri = brokerAddress, ClientProvidedName = "error-queue-depth" };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        List<ErrorQueueDepth> depths = [];
        foreach (var queue in queueNames)
        {
            var errorQueue = queue + ErrorQueueSuffix;
            depths.Add(new ErrorQueueDepth(queue, errorQueue, await CountAsync(connection, errorQueue, cancellationToken)));
        }

        return depths;
    }

    private static async Task<uint> CountAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
            return declared.MessageCount;
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }
}
