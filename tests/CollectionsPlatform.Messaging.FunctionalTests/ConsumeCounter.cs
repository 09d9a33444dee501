using System.Collections.Concurrent;
using MassTransit;

namespace CollectionsPlatform.Messaging.FunctionalTests;

/// <summary>Counts successful consumes (acknowledged deliveries) per MessageId.</summary>
internal sealed class ConsumeCounter : IConsumeObserver
{
    public ConcurrentDictionary<Guid, int> Consumed { get; } = new();

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.MessageId is { } id)
        {
            Consumed.AddOrUpdate(id, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
