using System.Text;
using RabbitMQ.Client;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>Private queues bound to MassTransit's exchanges of the case events the intake publishes.</summary>
public sealed class IntakeEventListener : IAsyncDisposable
{
    private readonly Dictionary<string, string> queues = new(StringComparer.Ordinal);
    private IConnection? connection;
    private IChannel? channel;

    public static async Task<IntakeEventListener> StartAsync(string uri, params string[] eventNames)
    {
        var listener = new IntakeEventListener();
        listener.connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync();
        listener.channel = await listener.connection.CreateChannelAsync();
        foreach (var eventName in eventNames)
        {
            var exchange = $"CollectionsPlatform.Contracts.IntegrationEvents:{eventName}";
            await listener.channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            var queue = (await listener.channel.QueueDeclareAsync()).QueueName;
            await listener.channel.QueueBindAsync(queue, exchange, string.Empty);
            listener.queues[eventName] = queue;
        }

        return listener;
    }

    /// <summary>The first body of <paramref name="eventName"/> containing every one of <paramref name="texts"/>, within the timeout.</summary>
    public async Task<string?> WaitForAsync(string eventName, TimeSpan timeout, params string[] texts)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var message = await channel!.BasicGetAsync(queues[eventName], autoAck: true);
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

    public async ValueTask DisposeAsync()
    {
        if (channel is not null)
            await channel.DisposeAsync();
        if (connection is not null)
            await connection.DisposeAsync();
    }
}
