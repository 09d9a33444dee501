using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>The test's side of the bus: publishes integration events as MassTransit envelopes to their exchanges
/// (as another service would), and listens on a private queue to what the Cases service publishes.</summary>
public sealed class EventBus(IConnection connection, IChannel channel) : IAsyncDisposable
{
    private const string Namespace = "CollectionsPlatform.Contracts.IntegrationEvents";
    private readonly Dictionary<string, string> queues = new(StringComparer.Ordinal);

    public static async Task<EventBus> ConnectAsync(string uri)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync();
        return new EventBus(connection, await connection.CreateChannelAsync());
    }

    /// <summary>Starts collecting the events of type <paramref name="eventName"/> (e.g. "CaseClosed") published from now on.</summary>
    public async Task ListenAsync(params string[] eventNames)
    {
        foreach (var eventName in eventNames)
        {
            var exchange = $"{Namespace}:{eventName}";
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            var queue = (await channel.QueueDeclareAsync()).QueueName;
            await channel.QueueBindAsync(queue, exchange, string.Empty);
            queues[eventName] = queue;
        }
    }

    /// <summary>The first body of <paramref name="eventName"/> containing <paramref name="text"/> within the timeout.</summary>
    public Task<string?> WaitForAsync(string eventName, string text, TimeSpan timeout) => WaitForAsync(eventName, timeout, text);

    /// <summary>The first body of <paramref name="eventName"/> containing every one of <paramref name="texts"/> within the timeout.</summary>
    public async Task<string?> WaitForAsync(string eventName, TimeSpan timeout, params string[] texts)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var message = await channel.BasicGetAsync(queues[eventName], autoAck: true);
            if (message is null)
            {
                await Task.Delay(100);
                continue;
            }

            var body = Encoding.UTF8.GetString(message.Body.Span);
            if (texts.All(t => body.Contains(t, StringComparison.Ordinal)))
                return body;
        }

        return null;
    }

    /// <summary>Publishes <paramref name="message"/> with a given MessageId (publish twice for a redelivery).</summary>
    public async Task PublishAsync<T>(T message, Guid messageId)
        where T : class
    {
        var eventName = typeof(T).Name;
        var exchange = $"{Namespace}:{eventName}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
        var envelope = new Dictionary<string, object>
        {
            ["messageId"] = messageId,
            ["messageType"] = new[] { $"urn:message:{Namespace}:{eventName}" },
            ["message"] = message,
            ["sentTime"] = DateTime.UtcNow,
        };
        var body = JsonSerializer.SerializeToUtf8Bytes(envelope, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var properties = new BasicProperties { ContentType = "application/vnd.masstransit+json", MessageId = messageId.ToString(), Persistent = true };
        await channel.BasicPublishAsync(exchange, string.Empty, mandatory: false, properties, body);
    }

    /// <summary>Messages waiting in <paramref name="queue"/>; 0 while it does not exist.</summary>
    public async Task<uint> MessageCountAsync(string queue)
    {
        await using var probe = await connection.CreateChannelAsync();
        try
        {
            return (await probe.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}
