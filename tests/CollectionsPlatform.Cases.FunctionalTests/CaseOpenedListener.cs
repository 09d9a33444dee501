using System.Text;
using RabbitMQ.Client;

namespace CollectionsPlatform.Cases.FunctionalTests;

/// <summary>A private queue bound to MassTransit's CaseOpened exchange, to see what the service publishes.</summary>
public sealed class CaseOpenedListener : IAsyncDisposable
{
    private const string Exchange = "CollectionsPlatform.Contracts.IntegrationEvents:CaseOpened";
    private IConnection? connection;
    private IChannel? channel;
    private string queue = string.Empty;

    public static async Task<CaseOpenedListener> StartAsync(string uri)
    {
        var listener = new CaseOpenedListener();
        listener.connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync();
        listener.channel = await listener.connection.CreateChannelAsync();
        await listener.channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true);
        listener.queue = (await listener.channel.QueueDeclareAsync()).QueueName;
        await listener.channel.QueueBindAsync(listener.queue, Exchange, string.Empty);
        return listener;
    }

    /// <summary>Bodies received within the timeout that contain <paramref name="text"/>.</summary>
    public async Task<string?> WaitForAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var message = await channel!.BasicGetAsync(queue, autoAck: true);
            if (message is not null)
            {
                var body = Encoding.UTF8.GetString(message.Body.Span);
                if (body.Contains(text, StringComparison.Ordinal))
                    return body;
            }
            else
            {
                await Task.Delay(100);
            }
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
