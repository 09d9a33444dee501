using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Reads a queue's ready-message and consumer counts with a passive declare.</summary>
internal static class QueueProbe
{
    public static async Task<(uint Messages, uint Consumers)?> ReadAsync(string brokerUri, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerUri) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var declared = await channel.QueueDeclarePassiveAsync(queue);
            return (declared.MessageCount, declared.ConsumerCount);
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    public static async Task<BasicGetResult?> TakeAsync(string brokerUri, string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(brokerUri) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await channel.BasicGetAsync(queue, autoAck: true);
    }
}
