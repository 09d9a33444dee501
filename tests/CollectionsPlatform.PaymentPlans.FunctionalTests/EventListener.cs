using System.Text;
using RabbitMQ.Client;

namespace CollectionsPlatform.PaymentPlans.FunctionalTests;

/// <summary>A private queue bound to MassTransit's exchanges of some integration events, to see what the service publishes.</summary>
public sealed class EventListener : IAsyncDisposable
{
    private readonly List<(string Type, string Body)> received = [];
    private IConnection? connection;
    private IChannel? channel;
    private string queue = string.Empty;

    public static async Task<EventListener> StartAsync(string uri, params string[] eventTypes)
    {
        var listener = new EventListener();
        listener.connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync();
        listener.channel = await listener.connection.CreateChannelAsync();
        listener.queue = (await listener.channel.QueueDeclareAsync()).QueueName;
        foreach (var type in eventTypes)
        {
            var exchange = $"CollectionsPlatform.Contracts.IntegrationEvents:{type}";
            await listener.channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true);
            await listener.channel.QueueBindAsync(listener.queue, exchange, string.Empty);
        }

        return listener;
    }

    /// <summary>Waits until <paramref name="count"/> messages of the event type containing <paramref name="text"/> arrived; returns them all.</summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(string eventType, string text, int count = 1, double seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var matching = Matching(eventType, text);
            if (matching.Count >= count || DateTime.UtcNow > deadline)
                return matching;
            var message = await channel!.BasicGetAsync(queue, autoAck: true);
            if (message is null)
            {
                await Task.Delay(100);
                continue;
            }

            var body = Encoding.UTF8.GetString(message.Body.Span);
            var type = message.Exchange.Split(':').Last();
            received.Add((type, body));
        }
    }

    /// <summary>Everything of the type containing the text that arrives within the given time (to check nothing more came).</summary>
    public async Task<IReadOnlyList<string>> CollectAsync(string eventType, string text, double seconds)
    {
        await WaitForAsync(eventType, text, int.MaxValue, seconds);
        return Matching(eventType, text);
    }

    public async ValueTask DisposeAsync()
    {
        if (channel is not null)
            await channel.DisposeAsync();
        if (connection is not null)
            await connection.DisposeAsync();
    }

    private List<string> Matching(string eventType, string text) =>
        [.. received.Where(m => m.Type == eventType && m.Body.Contains(text, StringComparison.Ordinal)).Select(m => m.Body)];
}
